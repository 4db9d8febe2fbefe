/** Exception and suppression rows, ranked FAIL first, then by severity. */
import type { Finding, FindingResource, Status } from '../../../engine/finding.js';

const EVIDENCE_EXCERPT_CHARS = 300;

export interface ExceptionRow {
  status: Status;
  statusClass: string;
  severity: string;
  resource: string;
  resourceId?: string;
  resourceType: string;
  location: string;
  /** The resource id (an ARN) already names the account and region of `location`. */
  locationInId: boolean;
  message: string;
  evidence: string;
  expiredSuppression?: { justification: string; expires: string; source: string };
}

/**
 * The printed form of a control's exceptions: findings that say the same
 * thing (status, message, evidence) share one row naming every resource, and
 * a long message is cut at a word; the HTML and findings.json keep each
 * finding whole.
 */
export interface ExceptionGroupRow {
  status: Status;
  statusClass: string;
  resources: { name: string; type: string; location: string }[];
  message: string;
  /** The message was cut to PRINTED_MESSAGE_CHARS. */
  messageCut: boolean;
  evidence: string;
  expiredSuppression?: ExceptionRow['expiredSuppression'];
}

/** A printed message (evidence) longer than this is cut at a word and ends with "…". */
export const PRINTED_MESSAGE_CHARS = 220;
const PRINTED_EVIDENCE_CHARS = 160;

function cutAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit);
  const space = head.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** A template location without its "(LogicalId)" when the resource's name already ends with it. */
function printedLocation(row: ExceptionRow): string {
  const match = /^(.*) \(([^()]+)\)$/.exec(row.location);
  return match && row.resource.endsWith(match[2]!) ? match[1]! : row.location;
}

export function groupExceptionRows(rows: readonly ExceptionRow[]): ExceptionGroupRow[] {
  const groups = new Map<string, ExceptionGroupRow>();
  for (const row of rows) {
    const expired = row.expiredSuppression;
    const key = JSON.stringify([
      row.status,
      row.message,
      row.evidence,
      expired?.justification,
      expired?.expires,
      expired?.source,
    ]);
    const resource = { name: row.resource, type: row.resourceType, location: printedLocation(row) };
    const group = groups.get(key);
    if (group) {
      group.resources.push(resource);
      continue;
    }
    const message = cutAtWord(row.message, PRINTED_MESSAGE_CHARS);
    groups.set(key, {
      status: row.status,
      statusClass: row.statusClass,
      resources: [resource],
      message,
      messageCut: message !== row.message,
      evidence: cutAtWord(row.evidence, PRINTED_EVIDENCE_CHARS),
      ...(expired ? { expiredSuppression: expired } : {}),
    });
  }
  return [...groups.values()];
}

export interface SuppressionRow {
  resource: string;
  resourceType: string;
  location: string;
  originalStatus: string;
  justification: string;
  expires: string;
  source: string;
  matchedId: string;
  message: string;
}

const STATUS_CLASS: Record<Status, string> = {
  PASS: 'pass',
  FAIL: 'fail',
  UNKNOWN: 'unknown',
  ERROR: 'error',
  SUPPRESSED: 'suppressed',
  NOT_APPLICABLE: 'na',
};

const SEVERITY_RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

export const EXCEPTION_RANK: Partial<Record<Status, number>> = { FAIL: 0, ERROR: 1, UNKNOWN: 2 };

export function resourceLabel(resource: FindingResource): string {
  return resource.name && resource.name !== resource.id ? resource.name : resource.id;
}

export function locationOf(resource: FindingResource): string {
  if (resource.file !== undefined) {
    const where = resource.line !== undefined ? `${resource.file}:${resource.line}` : resource.file;
    return resource.logicalId ? `${where} (${resource.logicalId})` : where;
  }
  return [resource.account, resource.region].filter(Boolean).join(' / ');
}

/** Evidence strings at least this long that the message already quotes are not printed twice. */
const QUOTED_IN_MESSAGE_CHARS = 40;

export function evidenceExcerpt(evidence: Finding['evidence'], message = ''): string {
  const shown = Object.fromEntries(
    Object.entries(evidence ?? {}).filter(
      ([, value]) =>
        !(typeof value === 'string' && value.length >= QUOTED_IN_MESSAGE_CHARS && message.includes(value)),
    ),
  );
  const text = JSON.stringify(shown);
  if (text === '{}') return '';
  return text.length > EVIDENCE_EXCERPT_CHARS ? `${text.slice(0, EVIDENCE_EXCERPT_CHARS)}…` : text;
}

export function exceptionRow(finding: Finding): ExceptionRow {
  const label = resourceLabel(finding.resource);
  const { account, region, id } = finding.resource;
  return {
    locationInId:
      finding.resource.file === undefined &&
      account !== undefined &&
      region !== undefined &&
      id.includes(`:${region}:${account}:`),
    status: finding.status,
    statusClass: STATUS_CLASS[finding.status],
    severity: finding.severity,
    resource: label,
    resourceId: label === finding.resource.id ? undefined : finding.resource.id,
    resourceType: finding.resource.type,
    location: locationOf(finding.resource),
    message: finding.message,
    evidence: evidenceExcerpt(finding.evidence, finding.message),
    expiredSuppression: finding.expiredSuppression && {
      justification: finding.expiredSuppression.justification,
      expires: finding.expiredSuppression.expires ?? '',
      source: finding.expiredSuppression.source,
    },
  };
}

export function compareExceptions(a: Finding, b: Finding): number {
  return (
    (EXCEPTION_RANK[a.status] ?? 9) - (EXCEPTION_RANK[b.status] ?? 9) ||
    (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) ||
    a.resource.id.localeCompare(b.resource.id)
  );
}

export function suppressionRow(finding: Finding): SuppressionRow {
  const suppression = finding.suppression!;
  return {
    resource: resourceLabel(finding.resource),
    resourceType: finding.resource.type,
    location: locationOf(finding.resource),
    originalStatus: suppression.originalStatus,
    justification: suppression.justification,
    expires: suppression.expires ?? 'no expiry',
    source: suppression.source,
    matchedId: suppression.matchedId,
    message: finding.message,
  };
}
