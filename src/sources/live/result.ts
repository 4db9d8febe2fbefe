import type { SourceResult } from '../source.js';
import { evidenceDatesOf } from '../snapshot/dates.js';
import type { Snapshot } from '../snapshot/format.js';
import { normalizeSnapshot } from './normalize/index.js';

/** The SourceResult of a snapshot, whether just fetched or replayed from a file. */
export function liveSourceResult(
  snapshot: Snapshot,
  source: 'live' | 'snapshot',
  requests?: number,
): SourceResult {
  const inventory = normalizeSnapshot(snapshot, source);
  const actions = [...new Set(snapshot.calls.map((call) => `${call.service}:${call.action}`))].sort();
  const parameters: Record<string, unknown> = { ...snapshot.parameters };
  if (requests !== undefined) parameters.apiRequests = requests;
  return {
    inventory,
    scope: snapshot.callerIdentity.account,
    callerIdentity: snapshot.callerIdentity,
    accounts: [snapshot.callerIdentity.account],
    regions: [...snapshot.regions],
    dataSources: actions,
    evidenceDates: evidenceDatesOf(snapshot),
    snapshot,
    parameters,
  };
}
