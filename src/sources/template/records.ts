/**
 * Template mappings are null-prototype objects, from the parsers on: a key
 * such as `__proto__`, `constructor` or `toString` is only ever data, never
 * an inherited member, and assigning it never changes a prototype.
 */

export function newRecord<T = unknown>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A one-key mapping (`{ Ref: name }`) without a prototype. */
export function singleKey(key: string, value: unknown): Record<string, unknown> {
  const record = newRecord();
  record[key] = value;
  return record;
}

/** The record's own value at `key`; never an inherited member. */
export function ownValue(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Drops the prototype of every object in a JSON.parse result, in place.
 * JSON.parse keeps `__proto__` as an own key (it sets no prototype), and
 * nothing is reassigned. The depth was capped before parsing.
 */
export function withoutPrototypes(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) withoutPrototypes(item);
    return value;
  }
  Object.setPrototypeOf(value, null);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (typeof item === 'object' && item !== null) withoutPrototypes(item);
  }
  return record;
}
