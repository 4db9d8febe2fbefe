/**
 * The two dates every interchange format must keep apart: when the facts were
 * read from AWS (a snapshot replay's facts can be days old) and when the rules
 * judged them. Formats that date a finding's observation (OCSF seen times,
 * ASFF ObservedAt) take the first; formats that date the tool's run (SARIF
 * invocation, JUnit timestamp) take the second and carry the first beside it.
 */
import type { Finding, RecordedEvidence, ScanResult } from '../engine/finding.js';

export interface FindingTimes {
  /** First and last answer of the calls the facts came from (ISO 8601, UTC). */
  observedFrom: string;
  observedTo: string;
  /** When the rules ran: the run's start. For a snapshot replay, later than `observedTo`. */
  evaluatedAt: string;
}

function spanOf(entries: readonly RecordedEvidence[]): { from: string; to: string } | undefined {
  if (entries.length === 0) return undefined;
  const from = Math.min(...entries.map((entry) => Date.parse(entry.from)));
  const to = Math.max(...entries.map((entry) => Date.parse(entry.to)));
  if (Number.isNaN(from) || Number.isNaN(to)) return undefined;
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/**
 * The recording window of the finding's account and region; of its account
 * when the region has none (a global resource); of the whole recording
 * otherwise. A template scan has no recording: its files were read during the run.
 */
export function findingTimes(finding: Finding | undefined, scan: ScanResult['scan']): FindingTimes {
  const recorded = scan.evidenceDates?.recorded ?? [];
  const { account, region } = finding?.resource ?? {};
  const ofAccount = recorded.filter((entry) => account === undefined || entry.account === account);
  const span =
    spanOf(ofAccount.filter((entry) => region !== undefined && entry.region === region)) ??
    spanOf(ofAccount) ??
    spanOf(recorded);
  return {
    observedFrom: span?.from ?? scan.startedAt,
    observedTo: span?.to ?? scan.finishedAt,
    evaluatedAt: scan.startedAt,
  };
}

/** `from to to`, or one instant. */
export function windowText(times: Pick<FindingTimes, 'observedFrom' | 'observedTo'>): string {
  return times.observedFrom === times.observedTo
    ? times.observedFrom
    : `${times.observedFrom} to ${times.observedTo}`;
}
