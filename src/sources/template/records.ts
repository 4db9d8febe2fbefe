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
 * A JSON.parse result with every object rebuilt as a member-less mapping.
 * JSON.parse keeps `__proto__` as an own key (it sets no prototype), and the
 * copy keeps it as one too. Copying costs less than `Object.setPrototypeOf`
 * on each object, which leaves V8 slower at every later read. `counted.keys`
 * adds up the keys copied. The depth was capped before parsing.
 */
export function withoutPrototypes(value: unknown, counted: { keys: number } = { keys: 0 }): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (typeof item === 'object' && item !== null) value[index] = withoutPrototypes(item, counted);
    }
    return value;
  }
  const source = value as Record<string, unknown>;
  const copy = newRecord();
  const keys = Object.keys(source);
  counted.keys += keys.length;
  for (const key of keys) {
    const item = source[key];
    copy[key] = typeof item === 'object' && item !== null ? withoutPrototypes(item, counted) : item;
  }
  return copy;
}
