/**
 * When a snapshot's facts were true: the window its calls were answered in, per
 * account and region, and the facts AWS produced before that window (the IAM
 * credential report is up to four hours old when it is read).
 */
import type { EvidenceDates, OlderFact } from '../../engine/finding.js';
import { GET_CREDENTIAL_REPORT } from '../live/services/iam/calls.js';
import type { CallRecord, Snapshot } from './format.js';

function isoOf(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const time = Date.parse(value instanceof Date ? value.toISOString() : value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function firstResponse(call: CallRecord): Record<string, unknown> | undefined {
  const response = call.responses[0];
  return typeof response === 'object' && response !== null && !Array.isArray(response)
    ? (response as Record<string, unknown>)
    : undefined;
}

function credentialReports(snapshot: Snapshot): OlderFact[] {
  const facts: OlderFact[] = [];
  for (const call of snapshot.calls) {
    const { service, action } = GET_CREDENTIAL_REPORT;
    if (call.service !== service || call.action !== action || call.error) continue;
    const asOf = isoOf(firstResponse(call)?.GeneratedTime);
    if (asOf === undefined) continue;
    facts.push({
      fact: 'IAM credential report (console sign-in, MFA and access keys of every user and the root user)',
      action: `${service}:${action}`,
      account: snapshot.callerIdentity.account,
      region: call.region,
      asOf,
    });
  }
  return facts;
}

/** Per region, the first and last answer; a region whose calls carry no time gets the whole scan's window. */
function windowsByRegion(snapshot: Snapshot): Map<string, { from: number; to: number }> {
  const windows = new Map<string, { from: number; to: number }>();
  for (const call of snapshot.calls) {
    const at = call.at === undefined ? Number.NaN : Date.parse(call.at);
    if (Number.isNaN(at)) continue;
    const window = windows.get(call.region);
    if (window) {
      window.from = Math.min(window.from, at);
      window.to = Math.max(window.to, at);
    } else windows.set(call.region, { from: at, to: at });
  }
  return windows;
}

export function evidenceDatesOf(snapshot: Snapshot): EvidenceDates {
  const regions = [...new Set([...snapshot.regions, snapshot.globalRegion])].filter(
    (region) => typeof region === 'string' && region !== '',
  );
  const from = isoOf(snapshot.startedAt) ?? snapshot.startedAt;
  const to = isoOf(snapshot.finishedAt) ?? snapshot.finishedAt;
  const windows = windowsByRegion(snapshot);
  return {
    recorded: regions.sort().map((region) => {
      const window = windows.get(region);
      return {
        account: snapshot.callerIdentity.account,
        region,
        from: window ? new Date(window.from).toISOString() : from,
        to: window ? new Date(window.to).toISOString() : to,
      };
    }),
    olderFacts: credentialReports(snapshot),
  };
}
