/**
 * When a snapshot's facts were true: the window its calls were made in, per
 * account and region, and the facts AWS produced before that window (the IAM
 * credential report is up to four hours old when it is read).
 */
import type { EvidenceDates, OlderFact } from '../../engine/finding.js';
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
    if (call.service !== 'iam' || call.action !== 'GetCredentialReport' || call.error) continue;
    const asOf = isoOf(firstResponse(call)?.GeneratedTime);
    if (asOf === undefined) continue;
    facts.push({
      fact: 'IAM credential report (console sign-in, MFA and access keys of every user and the root user)',
      action: 'iam:GetCredentialReport',
      account: snapshot.callerIdentity.account,
      region: call.region,
      asOf,
    });
  }
  return facts;
}

export function evidenceDatesOf(snapshot: Snapshot): EvidenceDates {
  const regions = [...new Set([...snapshot.regions, snapshot.globalRegion])].filter(
    (region) => typeof region === 'string' && region !== '',
  );
  const from = isoOf(snapshot.startedAt) ?? snapshot.startedAt;
  const to = isoOf(snapshot.finishedAt) ?? snapshot.finishedAt;
  return {
    recorded: regions.sort().map((region) => ({
      account: snapshot.callerIdentity.account,
      region,
      from,
      to,
    })),
    olderFacts: credentialReports(snapshot),
  };
}
