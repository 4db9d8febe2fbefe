/**
 * Which data events (object reads and writes, function invocations) a trail
 * records, from its basic `EventSelectors` or its `AdvancedEventSelectors`
 * (CloudTrail uses one or the other). CloudFormation and GetEventSelectors
 * share the shape, so both sources read them here. Anything that narrows a
 * selector to some resources or some events makes its coverage `some`.
 */
import { isUnknown, unknown, type Maybe } from '../inventory/maybe.js';
import type { DataEventCoverage, DataEventScope } from '../inventory/model.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);

/** Basic-selector values that mean every resource of the type (any partition). */
const ALL_RESOURCES = /^arn:[a-z-]+:(s3(:::)?|lambda|dynamodb)$/;

const RANK: Record<DataEventScope, number> = { none: 0, some: 1, all: 2 };
const wider = (a: DataEventScope, b: DataEventScope): DataEventScope => (RANK[a] >= RANK[b] ? a : b);

class Coverage {
  private readonly byType = new Map<string, DataEventCoverage>();
  add(resourceType: string, read: boolean, write: boolean, scope: DataEventScope): void {
    const current = this.byType.get(resourceType) ?? { resourceType, read: 'none', write: 'none' };
    this.byType.set(resourceType, {
      resourceType,
      read: read ? wider(current.read, scope) : current.read,
      write: write ? wider(current.write, scope) : current.write,
    });
  }
  list(): DataEventCoverage[] {
    return [...this.byType.values()];
  }
}

function readWrite(type: unknown): Maybe<{ read: boolean; write: boolean }> {
  if (isUnknown(type)) return type;
  const value = type ?? 'All';
  if (value === 'All') return { read: true, write: true };
  if (value === 'ReadOnly') return { read: true, write: false };
  if (value === 'WriteOnly') return { read: false, write: true };
  return unknown(`event selector ReadWriteType ${JSON.stringify(value)} is not one CloudTrail defines`);
}

function basic(selectors: unknown[], coverage: Coverage): Maybe<void> {
  for (const selector of selectors) {
    if (!isObject(selector)) return unknown('an event selector could not be read');
    const resources = selector.DataResources;
    if (resources === undefined || resources === null) continue;
    if (isUnknown(resources)) return resources;
    if (!Array.isArray(resources)) return unknown('an event selector DataResources is not a list');
    const rw = readWrite(selector.ReadWriteType);
    if (isUnknown(rw)) return rw;
    for (const resource of resources) {
      if (!isObject(resource) || typeof resource.Type !== 'string')
        return unknown('an event selector DataResources entry has no readable Type');
      const values = Array.isArray(resource.Values) ? resource.Values : [];
      // An unresolved value names one resource: it can only narrow, never widen, the coverage.
      const all = values.some((value) => typeof value === 'string' && ALL_RESOURCES.test(value));
      const scope: DataEventScope = all ? 'all' : values.length > 0 ? 'some' : 'none';
      if (scope !== 'none') coverage.add(resource.Type, rw.read, rw.write, scope);
    }
  }
}

const DECIDING_FIELDS = new Set(['eventCategory', 'resources.type', 'readOnly']);

function equalsOf(field: Json): unknown[] | undefined {
  return Array.isArray(field.Equals) ? field.Equals : undefined;
}

function advanced(selectors: unknown[], coverage: Coverage): Maybe<void> {
  for (const selector of selectors) {
    const fields = isObject(selector) ? selector.FieldSelectors : undefined;
    if (isUnknown(fields)) return fields;
    if (!Array.isArray(fields)) return unknown('an advanced event selector has no FieldSelectors');
    const known = fields.filter(isObject);
    if (known.length !== fields.length || known.some((field) => typeof field.Field !== 'string'))
      return unknown('an advanced event selector field could not be read');
    const byName = new Map(known.map((field) => [field.Field as string, field]));
    const category = byName.get('eventCategory');
    const categories = category && equalsOf(category);
    if (categories?.some(isUnknown))
      return unknown('an advanced event selector eventCategory did not resolve');
    if (!categories?.includes('Data')) continue;
    const typeField = byName.get('resources.type');
    const types = typeField && equalsOf(typeField);
    if (!types || types.some((type) => typeof type !== 'string'))
      return unknown('a data-event advanced selector has no readable resources.type Equals');
    let read = true;
    let write = true;
    const readOnly = byName.get('readOnly');
    if (readOnly) {
      const equals = equalsOf(readOnly);
      if (!equals || equals.some((value) => typeof value !== 'string' && typeof value !== 'boolean'))
        return unknown('an advanced event selector filters readOnly in a way this tool does not read');
      const values = equals.map(String);
      read = values.includes('true');
      write = values.includes('false');
    }
    const narrowed = known.some((field) => !DECIDING_FIELDS.has(field.Field as string));
    for (const type of types as string[]) coverage.add(type, read, write, narrowed ? 'some' : 'all');
  }
}

export function dataEventsOf(
  eventSelectors: unknown,
  advancedEventSelectors: unknown,
): Maybe<DataEventCoverage[]> {
  if (isUnknown(eventSelectors)) return eventSelectors;
  if (isUnknown(advancedEventSelectors)) return advancedEventSelectors;
  const coverage = new Coverage();
  const advancedList = Array.isArray(advancedEventSelectors) ? advancedEventSelectors : [];
  const basicList = Array.isArray(eventSelectors) ? eventSelectors : [];
  const read = advancedList.length > 0 ? advanced(advancedList, coverage) : basic(basicList, coverage);
  return isUnknown(read) ? read : coverage.list();
}
