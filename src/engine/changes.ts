/**
 * What changed since the previous run: findings are matched by rule and
 * resource, so a nightly run can say "2 new failures, 1 fixed, 1 check that
 * passed last night could not be read tonight".
 */
import type { Finding, Status } from './finding.js';

export interface FindingChange {
  ruleId: string;
  resourceId: string;
  resourceType: string;
  /** Name or logical id, for people. */
  resourceLabel: string;
  /** undefined: the resource was not in that run. */
  before?: Status;
  after?: Status;
  message: string;
}

export interface ChangeSummary {
  /** When the run compared against started, and where its findings came from. */
  baseline: { startedAt: string; source: string };
  /** FAIL now, and not FAIL before (new resource, or regression). */
  newFailures: FindingChange[];
  /** FAIL before, PASS / NOT_APPLICABLE / SUPPRESSED now, or the resource is gone. */
  resolved: FindingChange[];
  /** UNKNOWN or ERROR now, and was neither before: evidence lost since last time. */
  newlyIncomplete: FindingChange[];
  /** Every other status change (e.g. UNKNOWN -> PASS). */
  otherChanges: FindingChange[];
  counts: {
    newFailures: number;
    resolved: number;
    newlyIncomplete: number;
    otherChanges: number;
    unchanged: number;
  };
}

const key = (finding: Pick<Finding, 'ruleId' | 'resource'>): string =>
  `${finding.ruleId}\u0000${finding.resource.id}`;

const INCOMPLETE: ReadonlySet<Status | undefined> = new Set<Status | undefined>(['UNKNOWN', 'ERROR']);

/** What a finding of the previous run needs for the comparison. */
export type PreviousFinding = Pick<Finding, 'ruleId' | 'status' | 'message'> & {
  resource: Pick<Finding['resource'], 'id' | 'type' | 'name' | 'logicalId'>;
};

function change(
  finding: PreviousFinding,
  before: Status | undefined,
  after: Status | undefined,
): FindingChange {
  return {
    ruleId: finding.ruleId,
    resourceId: finding.resource.id,
    resourceType: finding.resource.type,
    resourceLabel: finding.resource.name ?? finding.resource.logicalId ?? finding.resource.id,
    before,
    after,
    message: finding.message,
  };
}

/** Set in a previous finding's code once tonight's run has it too. */
const SEEN = 1;

/**
 * `previous` is the earlier run's findings, or a function that reads them
 * again from the first each call (a findings.json streamed from disk): they are
 * read twice, and only one small entry per rule and resource is kept between.
 * `current` is read once and not kept.
 */
export function compareFindings(
  previous: readonly PreviousFinding[] | (() => Iterable<PreviousFinding>),
  current: Iterable<Finding>,
  baseline: ChangeSummary['baseline'],
): ChangeSummary {
  const readPrevious = typeof previous === 'function' ? previous : () => previous;
  // By rule and resource: the last status the previous run gave it (as a Map of each finding would), and SEEN once matched.
  // The code is the status's place in `statuses` times two, plus SEEN: the index holds no object per finding.
  const statuses: Status[] = [];
  const codeOf = (status: Status): number => {
    let at = statuses.indexOf(status);
    if (at < 0) at = statuses.push(status) - 1;
    return at * 2;
  };
  const before = new Map<string, number>();
  for (const finding of readPrevious()) before.set(key(finding), codeOf(finding.status));
  const summary: ChangeSummary = {
    baseline,
    newFailures: [],
    resolved: [],
    newlyIncomplete: [],
    otherChanges: [],
    counts: { newFailures: 0, resolved: 0, newlyIncomplete: 0, otherChanges: 0, unchanged: 0 },
  };
  for (const finding of current) {
    const id = key(finding);
    const code = before.get(id);
    if (code !== undefined) before.set(id, code | SEEN);
    const was = code === undefined ? undefined : statuses[code >> 1];
    const now = finding.status;
    if (was === now) {
      summary.counts.unchanged += 1;
    } else if (now === 'FAIL') {
      summary.newFailures.push(change(finding, was, now));
    } else if (was === 'FAIL' && !INCOMPLETE.has(now)) {
      summary.resolved.push(change(finding, was, now));
    } else if (INCOMPLETE.has(now) && !INCOMPLETE.has(was)) {
      summary.newlyIncomplete.push(change(finding, was, now));
    } else {
      summary.otherChanges.push(change(finding, was, now));
    }
  }
  for (const finding of readPrevious()) {
    if ((before.get(key(finding))! & SEEN) !== 0) continue;
    const gone = change(finding, finding.status, undefined);
    if (finding.status === 'FAIL') summary.resolved.push({ ...gone, message: 'resource no longer present' });
    else summary.otherChanges.push({ ...gone, message: 'resource no longer present' });
  }
  summary.counts.newFailures = summary.newFailures.length;
  summary.counts.resolved = summary.resolved.length;
  summary.counts.newlyIncomplete = summary.newlyIncomplete.length;
  summary.counts.otherChanges = summary.otherChanges.length;
  return summary;
}
