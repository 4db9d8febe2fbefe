/**
 * A small JSON Schema (draft 2020-12) validator for the keywords
 * docs/findings.schema.json uses. Any other keyword is refused, so the schema
 * cannot grow a constraint these tests silently ignore.
 */
type Schema = { [keyword: string]: unknown } | boolean;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'format', '$comment']);
const ASSERTIONS = new Set([
  'type',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'pattern',
  'minimum',
  'minLength',
  'maxLength',
  'maximum',
  'minItems',
  'maxItems',
  '$ref',
  '$defs',
  'if',
  'then',
  'else',
  'not',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, value: unknown): boolean {
  const actual = typeOf(value);
  return actual === expected || (expected === 'number' && actual === 'integer');
}

function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`only local $ref supported: ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown>)[part];
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node as Schema;
}

export function validate(root: Schema, value: unknown, schema: Schema = root, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  const errors: string[] = [];
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !ASSERTIONS.has(keyword))
      throw new Error(`unsupported keyword ${keyword}`);
  }
  if (typeof schema.$ref === 'string')
    errors.push(...validate(root, value, resolve(root, schema.$ref), path));
  if (typeof schema.type === 'string' && !typeMatches(schema.type, value)) {
    return [...errors, `${path}: expected ${schema.type}, got ${typeOf(value)}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if ('const' in schema && schema.const !== value)
    errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    }
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength)
      errors.push(`${path}: too short`);
    if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength)
      errors.push(`${path}: longer than ${schema.maxLength}`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) {
    errors.push(`${path}: ${value} < ${schema.minimum}`);
  }
  if (typeof value === 'number' && typeof schema.maximum === 'number' && value > schema.maximum) {
    errors.push(`${path}: ${value} > ${schema.maximum}`);
  }
  if (Array.isArray(value) && typeof schema.minItems === 'number' && value.length < schema.minItems) {
    errors.push(`${path}: fewer than ${schema.minItems} items`);
  }
  if (Array.isArray(value) && typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
    errors.push(`${path}: more than ${schema.maxItems} items`);
  }
  if (Array.isArray(value) && schema.items !== undefined) {
    value.forEach((item, index) =>
      errors.push(...validate(root, item, schema.items as Schema, `${path}[${index}]`)),
    );
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) {
      if (!(key in object)) errors.push(`${path}: missing required ${key}`);
    }
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [key, child] of Object.entries(object)) {
      if (key in properties) errors.push(...validate(root, child, properties[key]!, `${path}.${key}`));
      else if (schema.additionalProperties !== undefined) {
        errors.push(...validate(root, child, schema.additionalProperties as Schema, `${path}.${key}`));
      }
    }
  }
  if (schema.if !== undefined) {
    const branch = validate(root, value, schema.if as Schema, path).length === 0 ? schema.then : schema.else;
    if (branch !== undefined) errors.push(...validate(root, value, branch as Schema, path));
  }
  if (schema.not !== undefined && validate(root, value, schema.not as Schema, path).length === 0) {
    errors.push(`${path}: matches a schema it must not`);
  }
  return errors;
}
