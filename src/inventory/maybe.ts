/**
 * Three-valued facts. A value the source could not establish (an unresolved
 * intrinsic, an API call that was denied) is an `Unknown` carrying the reason,
 * never a guessed default: rules turn it into an UNKNOWN finding, never a PASS.
 */
export class Unknown {
  readonly kind = 'unknown' as const;
  constructor(readonly reason: string) {}
}

export type Maybe<T> = T | Unknown;

export function unknown(reason: string): Unknown {
  return new Unknown(reason);
}

/**
 * Structural as well as `instanceof`: a custom rule (`--rules-dir`) may import
 * another copy of this module (its own node_modules/soc2-evidence), whose
 * class is not this one, and it must still see an Unknown as unknown.
 */
export function isUnknown(value: unknown): value is Unknown {
  return (
    value instanceof Unknown ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { kind?: unknown }).kind === 'unknown' &&
      typeof (value as { reason?: unknown }).reason === 'string')
  );
}

export function isKnown<T>(value: Maybe<T>): value is T {
  return !isUnknown(value);
}

/** The first Unknown among the values, if any. */
export function firstUnknown(...values: unknown[]): Unknown | undefined {
  for (const value of values) if (isUnknown(value)) return value;
  return undefined;
}

/** Known values of a list of facts, and the unknowns left over. */
export function partition<T>(values: Maybe<T>[]): { known: T[]; unknowns: Unknown[] } {
  const known: T[] = [];
  const unknowns: Unknown[] = [];
  for (const value of values) {
    if (isUnknown(value)) unknowns.push(value);
    else known.push(value);
  }
  return { known, unknowns };
}
