import type { Finding } from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';
import type { Verdict } from '../report/verdict.js';

export const EXIT = {
  /** Nothing failing at or above --fail-on, evidence complete. */
  ok: 0,
  /** At least one FAIL at or above --fail-on. */
  failures: 1,
  /** Bad input or usage. */
  badInput: 2,
  /** Evidence incomplete: UNKNOWN or ERROR findings (with --fail-on-unknown, the default). */
  incomplete: 3,
  /** A bug in the scanner itself: the message is printed, please report it. */
  internalError: 4,
} as const;

export const SEVERITY_ORDER: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

export type FailOn = Severity | 'none';

/**
 * Failures win over incompleteness: a run that found a violation says so even
 * when other checks could not be completed (the summary lists both).
 */
export function exitCodeFor(
  findings: readonly Finding[],
  options: { failOn: FailOn; failOnUnknown: boolean },
): number {
  const threshold = options.failOn === 'none' ? Infinity : SEVERITY_ORDER.indexOf(options.failOn);
  const failing = findings.some(
    (finding) => finding.status === 'FAIL' && SEVERITY_ORDER.indexOf(finding.severity) >= threshold,
  );
  if (failing) return EXIT.failures;
  const incomplete = findings.some((finding) => finding.status === 'UNKNOWN' || finding.status === 'ERROR');
  if (incomplete && options.failOnUnknown) return EXIT.incomplete;
  return EXIT.ok;
}

/**
 * A scan's exit code, read from the verdict every output prints, so the word
 * in the console, summary.md and the exit code cannot disagree. Broken input
 * files (exit 2) are decided before this.
 */
export function exitCodeOfVerdict(verdict: Pick<Verdict, 'word'>): number {
  if (verdict.word === 'FAIL') return EXIT.failures;
  if (verdict.word === 'INCOMPLETE') return EXIT.incomplete;
  return EXIT.ok;
}
