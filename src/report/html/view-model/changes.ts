/** What changed since the baseline run, grouped by kind of change. */
import type { ChangeSummary, FindingChange } from '../../../engine/changes.js';

/** Rows listed per kind of change; the rest are counted. */
const CHANGE_ROW_LIMIT = 100;

export interface ChangeRow {
  ruleId: string;
  resource: string;
  resourceType: string;
  before: string;
  after: string;
  message: string;
}

export interface ChangeGroup {
  heading: string;
  count: number;
  rows: ChangeRow[];
  omitted: number;
}

export interface ChangesView {
  baselineStartedAt: string;
  baselineSource: string;
  counts: ChangeSummary['counts'];
  groups: ChangeGroup[];
}

function changeGroup(heading: string, changes: readonly FindingChange[], count: number): ChangeGroup {
  return {
    heading,
    count,
    rows: changes.slice(0, CHANGE_ROW_LIMIT).map((change) => ({
      ruleId: change.ruleId,
      resource: change.resourceLabel,
      resourceType: change.resourceType,
      before: change.before ?? 'not in that run',
      after: change.after ?? 'no longer present',
      message: change.message,
    })),
    omitted: Math.max(0, count - CHANGE_ROW_LIMIT),
  };
}

export function changesView(changes: ChangeSummary | undefined): ChangesView | undefined {
  if (changes === undefined) return undefined;
  return {
    baselineStartedAt: changes.baseline.startedAt,
    baselineSource: changes.baseline.source,
    counts: changes.counts,
    groups: [
      changeGroup('New failures', changes.newFailures, changes.counts.newFailures),
      changeGroup('Resolved', changes.resolved, changes.counts.resolved),
      changeGroup(
        'Evidence no longer complete (now UNKNOWN or ERROR)',
        changes.newlyIncomplete,
        changes.counts.newlyIncomplete,
      ),
      changeGroup('Other status changes', changes.otherChanges, changes.counts.otherChanges),
    ].filter((group) => group.count > 0),
  };
}
