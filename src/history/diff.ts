/**
 * `soc2 diff OLD NEW`: the nightly comparison (engine/changes.ts) plus what a
 * reviewer asks next: which failures are old and since when, which resources
 * appeared or went away, and which suppressions are about to lapse.
 */
import { compareFindings, type ChangeSummary } from '../engine/changes.js';
import type { Finding, ScanResult } from '../engine/finding.js';
import { compareRuleIds, type Severity } from '../engine/rule.js';

/** Suppressions expiring within this many days of the newer scan are listed. */
export const EXPIRING_WITHIN_DAYS = 14;

export interface DiffSide {
  /** The findings.json it was read from. */
  source: string;
  scope: string;
  startedAt: string;
}

export interface StillFailing {
  ruleId: string;
  severity: Severity;
  resourceId: string;
  resourceType: string;
  resourceLabel: string;
  message: string;
  /** Failing at least since then. */
  since: string;
  /**
   * pack-history: the first run of the current failing streak among the earlier packs of the
   * older run's scope folder (their findings.parquet; not re-verified);
   * older-scan: no such history, so `since` is the older run's start (the failure may be older still).
   */
  sinceBasis: 'pack-history' | 'older-scan';
}

export interface ResourceRef {
  id: string;
  type: string;
  label: string;
  account?: string;
  region?: string;
}

export interface ExpiringSuppression {
  ruleId: string;
  resourceId: string;
  resourceLabel: string;
  expires: string;
  /** Whole days from the newer scan to the expiry (0: expires that day). */
  daysLeft: number;
  justification: string;
  source: string;
}

export interface DiffReport {
  old: DiffSide;
  new: DiffSide;
  changes: ChangeSummary;
  stillFailing: StillFailing[];
  newResources: ResourceRef[];
  removedResources: ResourceRef[];
  expiringSuppressions: ExpiringSuppression[];
  counts: ChangeSummary['counts'] & {
    stillFailing: number;
    newResources: number;
    removedResources: number;
    expiringSuppressions: number;
  };
}

export interface DiffInput {
  result: Pick<ScanResult, 'scan' | 'findings'>;
  source: string;
}

export const findingKey = (finding: Pick<Finding, 'ruleId' | 'resource'>): string =>
  `${finding.ruleId}\u0000${finding.resource.id}`;

function label(finding: Finding): string {
  return finding.resource.name ?? finding.resource.logicalId ?? finding.resource.id;
}

function resources(findings: readonly Finding[]): Map<string, ResourceRef> {
  const byId = new Map<string, ResourceRef>();
  for (const finding of findings) {
    if (byId.has(finding.resource.id)) continue;
    byId.set(finding.resource.id, {
      id: finding.resource.id,
      type: finding.resource.type,
      label: label(finding),
      account: finding.resource.account,
      region: finding.resource.region,
    });
  }
  return byId;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Dates expire at the end of that day (UTC), as suppressions.ts reads them. */
function expiryTime(expires: string): number {
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(expires) ? `${expires}T23:59:59.999Z` : expires);
}

function expiringSuppressions(findings: readonly Finding[], now: Date): ExpiringSuppression[] {
  const expiring: ExpiringSuppression[] = [];
  for (const finding of findings) {
    const suppression = finding.suppression;
    if (suppression?.expires === undefined) continue;
    const left = expiryTime(suppression.expires) - now.getTime();
    if (Number.isNaN(left) || left < 0 || left > EXPIRING_WITHIN_DAYS * DAY_MS) continue;
    expiring.push({
      ruleId: finding.ruleId,
      resourceId: finding.resource.id,
      resourceLabel: label(finding),
      expires: suppression.expires,
      daysLeft: Math.floor(left / DAY_MS),
      justification: suppression.justification,
      source: suppression.source,
    });
  }
  return expiring.sort((a, b) => a.daysLeft - b.daysLeft || compareRuleIds(a.ruleId, b.ruleId));
}

/** `firstSeen`: rule/resource key (findingKey) -> when its current failing streak began, if known. */
export function diffScans(
  older: DiffInput,
  newer: DiffInput,
  firstSeen: ReadonlyMap<string, string> = new Map(),
): DiffReport {
  const changes = compareFindings(older.result.findings, newer.result.findings, {
    startedAt: older.result.scan.startedAt,
    source: older.source,
  });
  const before = new Map(older.result.findings.map((finding) => [findingKey(finding), finding]));
  const stillFailing: StillFailing[] = [];
  for (const finding of newer.result.findings) {
    if (finding.status !== 'FAIL') continue;
    const was = before.get(findingKey(finding));
    if (was?.status !== 'FAIL') continue;
    const streakStart = firstSeen.get(findingKey(finding));
    stillFailing.push({
      ruleId: finding.ruleId,
      severity: finding.severity,
      resourceId: finding.resource.id,
      resourceType: finding.resource.type,
      resourceLabel: label(finding),
      message: finding.message,
      since: streakStart ?? older.result.scan.startedAt,
      sinceBasis: streakStart ? 'pack-history' : 'older-scan',
    });
  }
  const oldResources = resources(older.result.findings);
  const newResources = resources(newer.result.findings);
  const added = [...newResources.values()].filter((resource) => !oldResources.has(resource.id));
  const removed = [...oldResources.values()].filter((resource) => !newResources.has(resource.id));
  const expiring = expiringSuppressions(newer.result.findings, new Date(newer.result.scan.startedAt));
  const side = (input: DiffInput): DiffSide => ({
    source: input.source,
    scope: input.result.scan.scope,
    startedAt: input.result.scan.startedAt,
  });
  return {
    old: side(older),
    new: side(newer),
    changes,
    stillFailing,
    newResources: added,
    removedResources: removed,
    expiringSuppressions: expiring,
    counts: {
      ...changes.counts,
      stillFailing: stillFailing.length,
      newResources: added.length,
      removedResources: removed.length,
      expiringSuppressions: expiring.length,
    },
  };
}
