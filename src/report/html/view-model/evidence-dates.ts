/** When the facts were recorded, for the cover and the methodology. */
import type { ScanResult } from '../../../engine/finding.js';

/** When the facts were true, for the cover and the methodology. */
export interface EvidenceDatesView {
  /** A snapshot replay: the facts were recorded earlier than the rules were evaluated. */
  replay: boolean;
  /** When the rules were evaluated (the run's start). */
  evaluatedAt: string;
  /** Per account and region; one row when every region shares the recording window. */
  recorded: { where: string; from: string; to: string; window: string }[];
  olderFacts: { fact: string; action: string; where: string; asOf: string }[];
}

/** `from to to`, or one time when the recording was one instant. */
function windowOf(entry: { from: string; to: string }): string {
  return entry.from === entry.to ? entry.from : `${entry.from} to ${entry.to}`;
}

export function evidenceDatesView(scan: ScanResult['scan']): EvidenceDatesView | undefined {
  const dates = scan.evidenceDates;
  if (dates === undefined) return undefined;
  const windows = new Set(dates.recorded.map((entry) => `${entry.from} ${entry.to}`));
  const byAccount = new Map<string, string[]>();
  for (const entry of dates.recorded)
    byAccount.set(entry.account, [...(byAccount.get(entry.account) ?? []), entry.region]);
  const recorded =
    windows.size === 1 && dates.recorded.length > 0
      ? [
          {
            where: [...byAccount].map(([account, regions]) => `${account}: ${regions.join(', ')}`).join('; '),
            from: dates.recorded[0]!.from,
            to: dates.recorded[0]!.to,
            window: windowOf(dates.recorded[0]!),
          },
        ]
      : dates.recorded.map((entry) => ({
          where: `${entry.account} ${entry.region}`,
          from: entry.from,
          to: entry.to,
          window: windowOf(entry),
        }));
  return {
    replay: scan.source === 'snapshot',
    evaluatedAt: scan.startedAt,
    recorded,
    olderFacts: dates.olderFacts.map((fact) => ({
      fact: fact.fact,
      action: fact.action,
      where: [fact.account, fact.region].filter((part) => part !== undefined).join(' '),
      asOf: fact.asOf,
    })),
  };
}
