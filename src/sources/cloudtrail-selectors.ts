/**
 * Which management events (the account's API activity) a CloudTrail trail
 * records, from its event selectors. CloudFormation's `EventSelectors` /
 * `AdvancedEventSelectors` and the GetEventSelectors response share one shape,
 * so the template and live sources both read them here.
 */
import { isUnknown, unknown, type Maybe } from '../inventory/maybe.js';
import type { ManagementEvents } from '../inventory/model.js';

interface Coverage {
  read: boolean;
  write: boolean;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function basicCoverage(selectors: unknown[]): Maybe<Coverage> {
  const coverage: Coverage = { read: false, write: false };
  for (const selector of selectors) {
    if (!isObject(selector)) return unknown('an event selector is not an object');
    if (selector.IncludeManagementEvents === false || selector.IncludeManagementEvents === 'false') continue;
    const type = selector.ReadWriteType ?? 'All';
    if (type === 'All' || type === 'ReadOnly') coverage.read = true;
    if (type === 'All' || type === 'WriteOnly') coverage.write = true;
    if (type !== 'All' && type !== 'ReadOnly' && type !== 'WriteOnly') {
      return unknown(`event selector ReadWriteType ${JSON.stringify(type)} is not one CloudTrail defines`);
    }
  }
  return coverage;
}

function fieldValues(field: Json, operator: 'Equals' | 'NotEquals'): string[] | undefined {
  const values = field[operator];
  return Array.isArray(values) ? values.map(String) : undefined;
}

function advancedCoverage(selectors: unknown[]): Maybe<Coverage> {
  const coverage: Coverage = { read: false, write: false };
  for (const selector of selectors) {
    const fields = isObject(selector) ? selector.FieldSelectors : undefined;
    if (!Array.isArray(fields)) return unknown('an advanced event selector has no FieldSelectors');
    const byName = new Map(fields.filter(isObject).map((field) => [String(field.Field), field]));
    const category = byName.get('eventCategory');
    if (!category || !fieldValues(category, 'Equals')?.includes('Management')) continue;
    const readOnly = byName.get('readOnly');
    if (readOnly === undefined) {
      coverage.read = coverage.write = true;
      continue;
    }
    const equals =
      fieldValues(readOnly, 'Equals') ?? fieldValues(readOnly, 'NotEquals')?.map((v) => String(v !== 'true'));
    if (equals === undefined)
      return unknown('an advanced event selector filters readOnly with an operator this tool does not read');
    if (equals.includes('true')) coverage.read = true;
    if (equals.includes('false')) coverage.write = true;
  }
  return coverage;
}

/** Event selectors as written in a template or returned by GetEventSelectors. */
export function managementEventsOf(
  eventSelectors: unknown,
  advancedEventSelectors: unknown,
): Maybe<ManagementEvents> {
  const advanced = Array.isArray(advancedEventSelectors) ? advancedEventSelectors : [];
  const basic = Array.isArray(eventSelectors) ? eventSelectors : [];
  // No selectors at all: CloudTrail records every management event, read and write.
  if (advanced.length === 0 && basic.length === 0) return 'all';
  const coverage = advanced.length > 0 ? advancedCoverage(advanced) : basicCoverage(basic);
  if (isUnknown(coverage)) return coverage;
  if (coverage.read && coverage.write) return 'all';
  if (coverage.read) return 'read-only';
  if (coverage.write) return 'write-only';
  return 'none';
}
