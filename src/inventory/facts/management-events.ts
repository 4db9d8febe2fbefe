/**
 * What a trail's management-event clauses (model/logging.ts, read from its
 * event selectors by sources/cloudtrail-selectors.ts) record: every management
 * event, one half of them, none, or only some event sources' (a selector
 * narrowed by `eventSource`, or a basic selector's ExcludeManagementEventSources).
 * A narrowed trail never counts as recording every management event: AWS
 * Config's multi-region-cloudtrail-enabled (Security Hub CloudTrail.1) is
 * NON_COMPLIANT when KMS or RDS Data API events are excluded, and so is this.
 */
import type { EventSourceCondition, ManagementEventClause } from '../model.js';

/** What a trail without event selectors records: every management event, read and write. */
export const EVERY_MANAGEMENT_EVENT: readonly ManagementEventClause[] = [
  { read: true, write: true, sources: [] },
];

function admits(condition: EventSourceCondition, source: string): boolean {
  const { values } = condition;
  switch (condition.operator) {
    case 'Equals':
      return values.includes(source);
    case 'NotEquals':
      return !values.includes(source);
    case 'StartsWith':
      return values.some((value) => source.startsWith(value));
    case 'NotStartsWith':
      return !values.some((value) => source.startsWith(value));
    case 'EndsWith':
      return values.some((value) => source.endsWith(value));
    case 'NotEndsWith':
      return !values.some((value) => source.endsWith(value));
  }
}

const clauseAdmits = (clause: ManagementEventClause, source: string): boolean =>
  clause.sources.every((condition) => admits(condition, source));

/** Whether the trail records a management event from `eventSource` that is (or is not) read-only. */
export function recordsManagementEvent(
  clauses: readonly ManagementEventClause[],
  eventSource: string,
  readOnly: boolean,
): boolean {
  return clauses.some(
    (clause) => (readOnly ? clause.read : clause.write) && clauseAdmits(clause, eventSource),
  );
}

/** Stands for every event source no condition names (none is named by a control character). */
const UNNAMED_SOURCE = '\u0000unnamed';

type Half = 'read' | 'write';

/**
 * Whether one half is recorded from every event source. With Equals and
 * NotEquals only, a source no condition names is treated like any other
 * unnamed one, so trying each named source and one unnamed is exhaustive; a
 * prefix or suffix condition (which a trail's management selectors do not
 * accept) is never taken to cover every source unless another clause has no
 * condition at all.
 */
function wholeHalf(clauses: readonly ManagementEventClause[], half: Half): boolean {
  const own = clauses.filter((clause) => clause[half]);
  if (own.some((clause) => clause.sources.length === 0)) return true;
  const conditions = own.flatMap((clause) => clause.sources);
  if (conditions.length === 0) return false;
  if (conditions.some((condition) => condition.operator !== 'Equals' && condition.operator !== 'NotEquals'))
    return false;
  const sources = [...new Set(conditions.flatMap((condition) => condition.values)), UNNAMED_SOURCE];
  return sources.every((source) => own.some((clause) => clauseAdmits(clause, source)));
}

const OPERATOR_WORDS: Record<EventSourceCondition['operator'], string> = {
  Equals: 'only from',
  NotEquals: 'except from',
  StartsWith: 'only from sources starting with',
  NotStartsWith: 'except from sources starting with',
  EndsWith: 'only from sources ending with',
  NotEndsWith: 'except from sources ending with',
};

function clauseWords(clause: ManagementEventClause): string {
  if (clause.sources.length === 0) return 'from every event source';
  return clause.sources
    .map((condition) => `${OPERATOR_WORDS[condition.operator]} ${condition.values.join(', ')}`)
    .join(' and ');
}

function halfWords(clauses: readonly ManagementEventClause[], half: Half): string | undefined {
  if (wholeHalf(clauses, half)) return 'from every event source';
  const own = clauses.filter((clause) => clause[half]);
  if (own.length === 0) return undefined;
  return [...new Set(own.map(clauseWords))].join(', or ');
}

export type ManagementEventScope = 'all' | 'read-only' | 'write-only' | 'none' | 'narrowed';

export interface ManagementEventSummary {
  /** `narrowed`: some event sources' management events are left out (of one half or both). */
  scope: ManagementEventScope;
  /** What is recorded, for a finding: `management events (read and write) except from kms.amazonaws.com`. */
  description: string;
}

/** Which management events the clauses record, in one word and in words. */
export function summarizeManagementEvents(clauses: readonly ManagementEventClause[]): ManagementEventSummary {
  const read = halfWords(clauses, 'read');
  const write = halfWords(clauses, 'write');
  const everyRead = wholeHalf(clauses, 'read');
  const everyWrite = wholeHalf(clauses, 'write');
  if (everyRead && everyWrite) return { scope: 'all', description: 'every management event, read and write' };
  if (read === undefined && write === undefined)
    return { scope: 'none', description: 'no management events' };
  if (everyRead && write === undefined)
    return { scope: 'read-only', description: 'read-only management events' };
  if (everyWrite && read === undefined)
    return { scope: 'write-only', description: 'write-only management events' };
  if (read === write) return { scope: 'narrowed', description: `management events (read and write) ${read}` };
  const parts = [
    `read management events ${read ?? 'from no event source'}`,
    `write management events ${write ?? 'from no event source'}`,
  ];
  return { scope: 'narrowed', description: parts.join('; ') };
}
