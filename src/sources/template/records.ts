/**
 * Template mappings have no members, from the parsers on: a key such as
 * `__proto__`, `constructor` or `toString` is only ever data, never an
 * inherited member, and assigning it never changes a prototype. Their
 * prototype is one frozen, empty object whose own prototype is null: the
 * same guarantee as `Object.create(null)`, which V8 keeps in slow dictionary
 * mode (about three times slower to build and read).
 */
class Mapping {}
Object.setPrototypeOf(Mapping.prototype, null);
Reflect.deleteProperty(Mapping.prototype, 'constructor');
Object.freeze(Mapping.prototype);

/** The prototype of every template mapping: empty, frozen, without a prototype of its own. */
export const MAPPING_PROTOTYPE: object = Mapping.prototype;

export function newRecord<T = unknown>(): Record<string, T> {
  return new Mapping() as Record<string, T>;
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
 * Gives every object of a JSON.parse result the member-less prototype, in place.
 * JSON.parse keeps `__proto__` as an own key (it sets no prototype), and
 * nothing is reassigned. The depth was capped before parsing.
 */
export function withoutPrototypes(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) withoutPrototypes(item);
    return value;
  }
  Object.setPrototypeOf(value, MAPPING_PROTOTYPE);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (typeof item === 'object' && item !== null) withoutPrototypes(item);
  }
  return record;
}
