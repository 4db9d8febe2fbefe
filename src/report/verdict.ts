/**
 * The verdict word of a run, worded from the same gate that sets the exit
 * code: FAIL only when a failure is at or above `--fail-on`, INCOMPLETE only
 * when incompleteness makes the run exit non-zero, PASS otherwise, with what
 * the gate let through said in the same line.
 */
import type { ScanResult } from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';

/**
 * What makes a run exit non-zero: `--fail-on` and `--fail-on-unknown`.
 * `new`: only failures, and evidence lost, since the baseline run (`changes`).
 */
export interface Gate {
  failOn: Severity | 'none' | 'new';
  failOnUnknown: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
const GATES: readonly Gate['failOn'][] = ['critical', 'high', 'medium', 'low', 'info', 'none', 'new'];

/** The strictest gate, the CLI's default. */
export const DEFAULT_GATE: Gate = { failOn: 'info', failOnUnknown: true };

/** The gate recorded in findings.json (`scan.parameters`), else the default. */
export function gateOf(result: ScanResult): Gate {
  const { failOn, failOnUnknown } = result.scan.parameters ?? {};
  return {
    failOn: GATES.includes(failOn as Gate['failOn']) ? (failOn as Gate['failOn']) : DEFAULT_GATE.failOn,
    failOnUnknown: typeof failOnUnknown === 'boolean' ? failOnUnknown : DEFAULT_GATE.failOnUnknown,
  };
}

export interface Verdict {
  word: 'FAIL' | 'INCOMPLETE' | 'PASS';
  /** What the gate let through, for the word's parenthesis: `gate: critical`, `evidence incomplete not gated`. */
  qualifiers: string[];
  /** FAIL findings at or above the gate, and below it. */
  failingAtGate: number;
  failingBelowGate: number;
  /** UNKNOWN and ERROR findings. */
  incomplete: number;
}

/** With `new`, any severity is gated; whether the failure is new decides. */
export function isAtGate(severity: Severity, failOn: Gate['failOn']): boolean {
  if (failOn === 'new') return true;
  return failOn !== 'none' && SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn];
}

const changeKey = (ruleId: string, resourceId: string): string => `${ruleId}\u0000${resourceId}`;

/** `--fail-on new`: which failures count, and whether incompleteness does. Without a baseline, all of them. */
function newSinceBaseline(result: ScanResult): {
  isNew: (finding: ScanResult['findings'][number]) => boolean;
  incompleteGated: (incomplete: number) => boolean;
} {
  const changes = result.changes;
  if (changes === undefined) return { isNew: () => true, incompleteGated: (incomplete) => incomplete > 0 };
  const fresh = new Set(changes.newFailures.map((change) => changeKey(change.ruleId, change.resourceId)));
  return {
    isNew: (finding) => fresh.has(changeKey(finding.ruleId, finding.resource.id)),
    incompleteGated: () => changes.newlyIncomplete.length > 0,
  };
}

export function verdictOf(result: ScanResult, gate: Gate = gateOf(result)): Verdict {
  let failingAtGate = 0;
  let failingBelowGate = 0;
  const onlyNew = gate.failOn === 'new' ? newSinceBaseline(result) : undefined;
  if (onlyNew && result.changes) {
    // The FAIL findings whose rule and resource are among the new failures are exactly those new failures:
    // counted from the changes, so a report that holds only some findings (a streamed scan) gates the same.
    failingAtGate = result.changes.newFailures.length;
    failingBelowGate = (result.summary.byStatus.FAIL ?? 0) - failingAtGate;
  } else {
    for (const finding of result.findings) {
      if (finding.status !== 'FAIL') continue;
      const gated = onlyNew ? onlyNew.isNew(finding) : isAtGate(finding.severity, gate.failOn);
      if (gated) failingAtGate += 1;
      else failingBelowGate += 1;
    }
  }
  const incomplete = (result.summary.byStatus.UNKNOWN ?? 0) + (result.summary.byStatus.ERROR ?? 0);
  const broken = result.brokenInputs?.length ?? 0;
  const base = { failingAtGate, failingBelowGate, incomplete };
  if (failingAtGate > 0) return { ...base, word: 'FAIL', qualifiers: [] };
  const incompleteGated = onlyNew ? onlyNew.incompleteGated(incomplete) : incomplete > 0;
  // Broken input files make the run exit 2: never a PASS.
  if (broken > 0 || (incompleteGated && gate.failOnUnknown)) {
    return { ...base, word: 'INCOMPLETE', qualifiers: [] };
  }
  const qualifiers = [
    failingBelowGate > 0 ? `gate: ${gate.failOn}` : '',
    incomplete > 0 ? 'evidence incomplete not gated' : '',
  ].filter((part) => part !== '');
  return { ...base, word: 'PASS', qualifiers };
}
