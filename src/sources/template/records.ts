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

/** Adds up the keys of every object in a parsed JSON value. */
export function countKeys(value: unknown, counted: { keys: number }): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) countKeys(item, counted);
    return;
  }
  const keys = Object.keys(value);
  counted.keys += keys.length;
  for (const key of keys) countKeys((value as Record<string, unknown>)[key], counted);
}

/**
 * A parsed JSON template rebuilt as member-less mappings, except the bodies
 * of resource `Properties`: nearly all of a large template, and copying them
 * cost about a tenth of a scan. Those bodies are read only through their own
 * keys (the evaluator walks `Object.keys` into new mappings; the normalizers
 * read evaluated values), and JSON.parse never sets a prototype. Sections
 * looked up by names the template chooses (Resources, Parameters, Mappings,
 * Conditions, Outputs, Globals, ...) are all copied.
 */
export function templateWithoutPrototypes(value: unknown, counted: { keys: number } = { keys: 0 }): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return withoutPrototypes(value, counted);
  const template = value as Record<string, unknown>;
  const resources = template.Resources;
  if (typeof resources !== 'object' || resources === null || Array.isArray(resources))
    return withoutPrototypes(value, counted);
  const copy = newRecord();
  const sections = Object.keys(template);
  counted.keys += sections.length;
  for (const section of sections) {
    copy[section] = section === 'Resources' ? undefined : withoutPrototypes(template[section], counted);
  }
  const resourcesCopy = newRecord();
  const logicalIds = Object.keys(resources);
  counted.keys += logicalIds.length;
  for (const logicalId of logicalIds) {
    const entry = (resources as Record<string, unknown>)[logicalId];
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      resourcesCopy[logicalId] = withoutPrototypes(entry, counted);
      continue;
    }
    const entryCopy = newRecord();
    const attributes = Object.keys(entry);
    counted.keys += attributes.length;
    for (const attribute of attributes) {
      const item = (entry as Record<string, unknown>)[attribute];
      if (attribute === 'Properties') countKeys(item, counted);
      entryCopy[attribute] = attribute === 'Properties' ? item : withoutPrototypes(item, counted);
    }
    resourcesCopy[logicalId] = entryCopy;
  }
  copy.Resources = resourcesCopy;
  return copy;
}
