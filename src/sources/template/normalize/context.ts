/**
 * What a normalizer sees of one CloudFormation resource (its evaluated
 * properties) and helpers turning evaluated values into facts: a value that
 * could not be resolved becomes an Unknown naming the resource and property.
 */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { InlineSuppression, Origin, Resource, UnresolvedTags } from '../../../inventory/model.js';
import type { StackEvaluator } from '../evaluate.js';
import { isRecord } from '../read.js';
import { ResourceRef, describeValue, isValueObject, type Value, type ValueObject } from '../values.js';

export interface TemplateResource {
  evaluator: StackEvaluator;
  logicalId: string;
  /** Inventory id: `<stack>/<logicalId>`. */
  id: string;
  cfnType: string;
  properties: ValueObject;
  /**
   * Set when the whole `Properties` could not be resolved (an `Fn::If` on an
   * undecided condition, an `Fn::Transform`): `properties` is then empty, and
   * every value read through `valueAt` is this Unknown.
   */
  unresolvedProperties?: Unknown;
  origin: Origin & { kind: 'template' };
  region?: string;
  suppressions: InlineSuppression[];
  /** Set when the resource's Condition could not be decided: it may not be created. */
  conditional?: string;
  /** Set when its name or ARN is passed to a nested stack the scan did not read, which may attach to it: why. */
  handedToUnreadStack: string | undefined;
}

/** Every template resource by inventory id, for relations that need another resource's properties. */
export type TemplateIndex = ReadonlyMap<string, TemplateResource>;

const byTypeOfIndex = new WeakMap<TemplateIndex, Map<string, TemplateResource[]>>();

/**
 * The resources of one CloudFormation type, in template order. Grouped once
 * per index: a normalizer looking for the resources related to each of its own
 * would otherwise walk the whole template per resource (quadratic in its size).
 */
export function resourcesOfType(index: TemplateIndex, cfnType: string): readonly TemplateResource[] {
  let byType = byTypeOfIndex.get(index);
  if (byType === undefined) {
    byType = new Map();
    for (const resource of index.values()) {
      const list = byType.get(resource.cfnType);
      if (list) list.push(resource);
      else byType.set(resource.cfnType, [resource]);
    }
    byTypeOfIndex.set(index, byType);
  }
  return byType.get(cfnType) ?? [];
}

type Base = Pick<Resource, 'id' | 'origin' | 'region' | 'tags' | 'unresolvedTags' | 'suppressions' | 'name'>;

interface ReadTags {
  tags: Record<string, string>;
  unresolved?: UnresolvedTags;
}

/** Why a tag's key or value is not known before deployment; undefined when it is plain text. */
function unresolvedTagPart(value: Value | undefined): string | undefined {
  if (value instanceof Unknown) return value.reason;
  if (value instanceof ResourceRef) return `${value.describe()} is known only after deployment`;
  return undefined;
}

function readTags(resource: TemplateResource): ReadTags {
  const read: ReadTags = { tags: {} };
  const values: Record<string, string> = {};
  let others: string | undefined;
  const add = (key: Value | undefined, value: Value | undefined): void => {
    const keyUnresolved = unresolvedTagPart(key);
    if (keyUnresolved !== undefined) {
      others ??= `${resource.logicalId}.Tags: a tag key: ${keyUnresolved}`;
      return;
    }
    if (typeof key !== 'string') return;
    const valueUnresolved = unresolvedTagPart(value);
    if (valueUnresolved !== undefined) values[key] = `${resource.logicalId}.Tags.${key}: ${valueUnresolved}`;
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      read.tags[key] = String(value);
  };
  const list = valueAt(resource, 'Tags');
  if (Array.isArray(list)) {
    for (const tag of list) {
      if (isValueObject(tag)) add(tag.Key, tag.Value);
      else add(tag, undefined);
    }
  } else if (isValueObject(list)) {
    for (const [key, value] of Object.entries(list)) add(key, value);
  } else {
    const listUnresolved = unresolvedTagPart(list);
    if (listUnresolved !== undefined) others = `${resource.logicalId}.Tags: ${listUnresolved}`;
  }
  if (others !== undefined || Object.keys(values).length > 0)
    read.unresolved = others === undefined ? { values } : { values, others };
  return read;
}

/**
 * The fields every normalized resource has. Spread it after a normalizer's
 * `type`, never first: V8 (Node 20) clones an object literal that opens with
 * a spread and then defines each later property through a slow path, which
 * cost about half of all normalizing (eslint.config.js rejects it in
 * normalizers once three properties follow the spread).
 */
export function baseOf(resource: TemplateResource, nameProperty?: string): Base {
  const { tags, unresolved } = readTags(resource);
  if (resource.conditional) tags['soc2:conditional'] = resource.conditional;
  const named = nameProperty ? resource.properties[nameProperty] : undefined;
  const base: Base = {
    id: resource.id,
    name: typeof named === 'string' ? named : tags.Name,
    origin: resource.origin,
    region: resource.region,
    tags: Object.keys(tags).length > 0 ? tags : undefined,
    suppressions: resource.suppressions.length > 0 ? resource.suppressions : undefined,
  };
  if (unresolved) base.unresolvedTags = unresolved;
  return base;
}

function why(resource: TemplateResource, path: string, cause: Unknown): Unknown {
  return unknown(`${resource.logicalId}.${path}: ${cause.reason}`);
}

/**
 * Normalizers read a few hundred paths, each for every resource of its type:
 * split once. Paths with list indices are bounded by the lists, and the cache too.
 */
const splitPaths = new Map<string, readonly string[]>();
const MAX_SPLIT_PATHS = 4096;
function pathKeys(path: string): readonly string[] {
  let keys = splitPaths.get(path);
  if (keys === undefined) {
    keys = path.split('.');
    if (splitPaths.size < MAX_SPLIT_PATHS) splitPaths.set(path, keys);
  }
  return keys;
}

/** A value at a dotted path (`A.B.0.C`: list items by index) of the evaluated properties; undefined when absent. */
export function valueAt(resource: TemplateResource, path: string): Value | undefined {
  if (resource.unresolvedProperties) return resource.unresolvedProperties;
  let current: Value | undefined = resource.properties;
  for (const key of pathKeys(path)) {
    if (current instanceof Unknown) return current;
    if (Array.isArray(current)) current = current[Number(key)];
    else if (isValueObject(current)) current = current[key];
    else return undefined;
  }
  return current;
}

export function boolFact(resource: TemplateResource, path: string, fallback: boolean): Maybe<boolean> {
  return optionalBoolFact(resource, path) ?? fallback;
}

/** A boolean property, undefined when unset: for fact constructors that decide the default. */
export function optionalBoolFact(resource: TemplateResource, path: string): Maybe<boolean | undefined> {
  // valueAt stops at an Unknown at or above the path: that Unknown, re-labelled, is the answer.
  const value = valueAt(resource, path);
  if (value instanceof Unknown) return why(resource, path, value);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return unknown(`${resource.logicalId}.${path}: not a boolean (${JSON.stringify(describeValue(value))})`);
}

export function stringFact(resource: TemplateResource, path: string): Maybe<string | undefined> {
  return textOf(resource, path, valueAt(resource, path));
}

export function numberFact(resource: TemplateResource, path: string): Maybe<number | undefined> {
  const text = stringFact(resource, path);
  if (text === undefined || text instanceof Unknown) return text;
  const number = Number(text);
  return Number.isFinite(number) ? number : unknown(`${resource.logicalId}.${path}: not a number (${text})`);
}

function textOf(
  resource: TemplateResource,
  path: string,
  value: Value | undefined,
): Maybe<string | undefined> {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Unknown) return why(resource, path, value);
  if (value instanceof ResourceRef) {
    return unknown(`${resource.logicalId}.${path}: ${value.describe()} is known only after deployment`);
  }
  return unknown(`${resource.logicalId}.${path}: expected a single value`);
}

/**
 * A reference to another resource: the inventory id when it is `Ref`/`GetAtt`
 * of a template resource, the literal otherwise (an id or ARN from outside).
 */
export function linkOf(
  resource: TemplateResource,
  path: string,
  value: Value | undefined,
): Maybe<string | undefined> {
  if (value instanceof ResourceRef) return value.id;
  return textOf(resource, path, value);
}

export function linkFact(resource: TemplateResource, path: string): Maybe<string | undefined> {
  return linkOf(resource, path, valueAt(resource, path));
}

/** A list of links (subnet ids, security groups ...). */
export function linkListFact(resource: TemplateResource, path: string): Maybe<string[] | undefined> {
  const value = valueAt(resource, path);
  if (value instanceof Unknown) return why(resource, path, value);
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    const single = linkOf(resource, path, value);
    return single === undefined || single instanceof Unknown ? single : [single];
  }
  const links: string[] = [];
  for (const [index, item] of value.entries()) {
    const link = linkOf(resource, `${path}[${index}]`, item);
    if (link instanceof Unknown) return link;
    if (link !== undefined) links.push(link);
  }
  return links;
}

/** Known-string helper for optional values that must not be Unknown to be useful. */
export function requireKnown<T>(
  value: Maybe<T | undefined>,
  resource: TemplateResource,
  path: string,
): Maybe<T> {
  if (value === undefined) return unknown(`${resource.logicalId}.${path} is not set`);
  return value;
}

export { MaybeAbsent } from '../../../inventory/facts/place.js';

/** Whether an expression, followed down `keys`, can be `AWS::NoValue` through an undecided `Fn::If`. */
function canBeNoValue(evaluator: StackEvaluator, node: unknown, keys: readonly string[]): boolean {
  if (!isRecord(node)) {
    if (Array.isArray(node) && keys.length > 0)
      return canBeNoValue(evaluator, node[Number(keys[0])], keys.slice(1));
    return false;
  }
  if (node.Ref === 'AWS::NoValue') return true;
  const branches = node['Fn::If'];
  if (Array.isArray(branches) && typeof branches[0] === 'string') {
    const holds = evaluator.condition(branches[0]);
    const taken = holds === true ? [branches[1]] : holds === false ? [branches[2]] : branches.slice(1);
    return taken.some((branch) => canBeNoValue(evaluator, branch, keys));
  }
  if (keys.length === 0) return false;
  return canBeNoValue(evaluator, node[keys[0] as string], keys.slice(1));
}

/**
 * Whether an unresolved property may be absent: its raw expression (or one
 * above it) is an `Fn::If` with an `AWS::NoValue` branch on an undecided condition.
 */
export function mayBeAbsent(resource: TemplateResource, path: string): boolean {
  const raw = resource.evaluator.stack.file.template.Resources[resource.logicalId];
  return isRecord(raw) && canBeNoValue(resource.evaluator, raw.Properties, path.split('.'));
}
