/**
 * Which management events (the account's API activity) a CloudTrail trail
 * records, from its event selectors. CloudFormation's `EventSelectors` /
 * `AdvancedEventSelectors` and the GetEventSelectors response share one shape,
 * so the template and live sources both read them here.
 */
import { isUnknown, unknown, type Maybe } from '../inventory/maybe.js';
import type { EventSourceCondition, ManagementEventClause } from '../inventory/model.js';
import { EVERY_MANAGEMENT_EVENT } from '../inventory/facts/management-events.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function basicClauses(selectors: unknown[]): Maybe<ManagementEventClause[]> {
  const clauses: ManagementEventClause[] = [];
  for (const selector of selectors) {
    if (!isObject(selector)) return unknown('an event selector is not an object');
    if (selector.IncludeManagementEvents === false || selector.IncludeManagementEvents === 'false') continue;
    const type = selector.ReadWriteType ?? 'All';
    if (type !== 'All' && type !== 'ReadOnly' && type !== 'WriteOnly') {
      return unknown(`event selector ReadWriteType ${JSON.stringify(type)} is not one CloudTrail defines`);
    }
    const excluded = selector.ExcludeManagementEventSources;
    if (excluded !== undefined && !Array.isArray(excluded))
      return unknown('event selector ExcludeManagementEventSources is not a list');
    clauses.push({
      read: type === 'All' || type === 'ReadOnly',
      write: type === 'All' || type === 'WriteOnly',
      sources: excluded?.length ? [{ operator: 'NotEquals', values: excluded.map(String) }] : [],
    });
  }
  return clauses;
}

function fieldValues(field: Json, operator: 'Equals' | 'NotEquals'): string[] | undefined {
  const values = field[operator];
  return Array.isArray(values) ? values.map(String) : undefined;
}

const SOURCE_OPERATORS: readonly EventSourceCondition['operator'][] = [
  'Equals',
  'NotEquals',
  'StartsWith',
  'NotStartsWith',
  'EndsWith',
  'NotEndsWith',
];

/** An `eventSource` field selector as conditions, all of which an event must meet. */
function sourceConditions(field: Json): Maybe<EventSourceCondition[]> {
  const conditions: EventSourceCondition[] = [];
  for (const [key, values] of Object.entries(field)) {
    if (key === 'Field') continue;
    const operator = SOURCE_OPERATORS.find((known) => known === key);
    if (operator === undefined || !Array.isArray(values))
      return unknown(
        `an advanced event selector narrows management events by eventSource with ${key}, which this tool does not read`,
      );
    conditions.push({ operator, values: values.map(String) });
  }
  if (conditions.length === 0)
    return unknown('an advanced event selector names eventSource without an operator');
  return conditions;
}

function advancedClauses(selectors: unknown[]): Maybe<ManagementEventClause[]> {
  const clauses: ManagementEventClause[] = [];
  for (const selector of selectors) {
    const fields = isObject(selector) ? selector.FieldSelectors : undefined;
    if (!Array.isArray(fields)) return unknown('an advanced event selector has no FieldSelectors');
    const byName = new Map(fields.filter(isObject).map((field) => [String(field.Field), field]));
    const category = byName.get('eventCategory');
    if (!category || !fieldValues(category, 'Equals')?.includes('Management')) continue;
    if (byName.size !== fields.length)
      return unknown(
        'an advanced event selector for management events has a field selector this tool cannot read',
      );
    let read = true;
    let write = true;
    let sources: EventSourceCondition[] = [];
    for (const [name, field] of byName) {
      if (name === 'eventCategory') continue;
      if (name === 'readOnly') {
        const equals =
          fieldValues(field, 'Equals') ?? fieldValues(field, 'NotEquals')?.map((v) => String(v !== 'true'));
        if (equals === undefined)
          return unknown(
            'an advanced event selector filters readOnly with an operator this tool does not read',
          );
        read = equals.includes('true');
        write = equals.includes('false');
      } else if (name === 'eventSource') {
        const conditions = sourceConditions(field);
        if (isUnknown(conditions)) return conditions;
        sources = conditions;
      } else {
        return unknown(
          `an advanced event selector narrows management events by ${name}, which this tool does not read`,
        );
      }
    }
    if (read || write) clauses.push({ read, write, sources });
  }
  return clauses;
}

/**
 * Event selectors as written in a template or returned by GetEventSelectors:
 * the management events they let through (facts/management-events.ts says
 * whether that is every one). An empty list: none.
 */
export function managementEventsOf(
  eventSelectors: unknown,
  advancedEventSelectors: unknown,
): Maybe<ManagementEventClause[]> {
  const advanced = Array.isArray(advancedEventSelectors) ? advancedEventSelectors : [];
  const basic = Array.isArray(eventSelectors) ? eventSelectors : [];
  // No selectors at all: CloudTrail records every management event, read and write.
  if (advanced.length === 0 && basic.length === 0) return [...EVERY_MANAGEMENT_EVENT];
  return advanced.length > 0 ? advancedClauses(advanced) : basicClauses(basic);
}
