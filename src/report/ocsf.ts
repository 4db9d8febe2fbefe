/**
 * OCSF 1.1.0 Detection Finding (class_uid 2004), one event per finding, as a
 * JSON array: the shape Prowler writes (`json-ocsf`) and Security Lake and
 * SIEMs read. The verdict is in `status_code`, our status word unchanged:
 * PASS, FAIL, UNKNOWN, ERROR, NOT_APPLICABLE. UNKNOWN and ERROR say why in
 * `status_detail` and are never a pass. A suppressed finding keeps its
 * original verdict in `status_code`, with `status_id` 3 (Suppressed) and the
 * justification in `status_detail` and `comment`. `time` and the seen times
 * are when the facts were read from AWS; `created_time`, when the rules ran
 * (later, for a snapshot replay).
 */
import type { Finding, RuleSummary, ScanResult, Status } from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';
import { describeResource } from './console.js';
import { findingTimes } from './evidence-time.js';
import { findingList, type FindingSource } from './finding-source.js';
import {
  accountOf,
  asffResourceType,
  findingUid,
  partitionOf,
  regionOf,
  remediationText,
} from './interchange.js';
import { jsonChunks, jsonText, mapped, streamedArray } from './json-stream.js';

export const OCSF_VERSION = '1.1.0';
const DETECTION_FINDING = 2004;
const FINDINGS_CATEGORY = 2;
const ACTIVITY_CREATE = 1;
const AWS_ACCOUNT_TYPE_ID = 10;
export const OCSF_FINDING_TYPE = 'Software and Configuration Checks/Industry and Regulatory Standards/SOC 2';

const SEVERITY_ID: Record<Severity, [number, string]> = {
  info: [1, 'Informational'],
  low: [2, 'Low'],
  medium: [3, 'Medium'],
  high: [4, 'High'],
  critical: [5, 'Critical'],
};

/** `status_id`: the finding's workflow state, not its verdict (that is `status_code`). */
const STATUS_NEW: [number, string] = [1, 'New'];
const STATUS_SUPPRESSED: [number, string] = [3, 'Suppressed'];

function statusDetail(finding: Finding, verdict: Status): string {
  const subject = describeResource(finding.resource);
  const outcome =
    verdict === 'UNKNOWN'
      ? `Could not be checked, not a pass: ${finding.message}`
      : verdict === 'ERROR'
        ? `Rule error, the check was not completed, not a pass: ${finding.message}`
        : verdict === 'NOT_APPLICABLE'
          ? `Not applicable: ${finding.message}`
          : finding.message;
  const applied = finding.suppression;
  if (!applied) return `${subject}: ${outcome}`;
  const until = applied.expires ? `, until ${applied.expires}` : '';
  return `Suppressed (${applied.source}${until}): ${applied.justification}. Result before suppression, ${verdict}: ${subject}: ${outcome}`;
}

function compliance(finding: Finding): Record<string, string[]> {
  return { 'SOC 2': [...finding.controls] };
}

function cloudOf(finding: Finding, result: ScanResult): Record<string, unknown> {
  const account = accountOf(finding, result.scan);
  const region = regionOf(finding, result.scan);
  return {
    provider: 'AWS',
    ...(account ? { account: { uid: account, type_id: AWS_ACCOUNT_TYPE_ID, type: 'AWS Account' } } : {}),
    ...(region ? { region } : {}),
  };
}

function resourceOf(finding: Finding, result: ScanResult): Record<string, unknown> {
  const resource = finding.resource;
  const region = regionOf(finding, result.scan);
  const asffType = asffResourceType(resource);
  const data: Record<string, unknown> = {
    soc2_type: resource.type,
    ...(resource.logicalId !== undefined
      ? {
          logical_id: resource.logicalId,
          stack: resource.stack,
          cfn_type: resource.cfnType,
          file: resource.file,
          line: resource.line,
          cdk_path: resource.cdkPath,
        }
      : {}),
  };
  return {
    uid: resource.arn ?? resource.id,
    name: resource.name ?? resource.logicalId ?? resource.id,
    type: resource.cfnType ?? (asffType === 'Other' ? resource.type : asffType),
    ...(region ? { region } : {}),
    cloud_partition: partitionOf(finding, region),
    data,
  };
}

function eventOf(
  finding: Finding,
  rule: RuleSummary | undefined,
  result: ScanResult,
): Record<string, unknown> {
  const verdict = finding.suppression?.originalStatus ?? finding.status;
  const [severityId, severity] = SEVERITY_ID[finding.severity];
  const [statusId, status] = finding.suppression ? STATUS_SUPPRESSED : STATUS_NEW;
  // `time` is when the facts were true (a replay's recording), not when the rules ran.
  const times = findingTimes(finding, result.scan);
  const time = Date.parse(times.observedTo);
  const seenFrom = Date.parse(times.observedFrom);
  const evaluated = Date.parse(times.evaluatedAt);
  const uid = findingUid(finding, result.tool.name);
  return {
    metadata: {
      version: OCSF_VERSION,
      product: {
        name: result.tool.name,
        uid: result.tool.name,
        vendor_name: result.tool.name,
        version: result.tool.version,
      },
      event_code: finding.ruleId,
      profiles: ['cloud', 'datetime'],
    },
    category_uid: FINDINGS_CATEGORY,
    category_name: 'Findings',
    class_uid: DETECTION_FINDING,
    class_name: 'Detection Finding',
    activity_id: ACTIVITY_CREATE,
    activity_name: 'Create',
    type_uid: DETECTION_FINDING * 100 + ACTIVITY_CREATE,
    type_name: 'Detection Finding: Create',
    time,
    time_dt: new Date(time).toISOString(),
    severity_id: severityId,
    severity,
    status_id: statusId,
    status,
    status_code: verdict,
    status_detail: statusDetail(finding, verdict),
    message: finding.message,
    ...(finding.suppression ? { comment: finding.suppression.justification } : {}),
    finding_info: {
      uid,
      title: finding.title,
      desc: rule?.rationale ?? finding.title,
      types: [OCSF_FINDING_TYPE],
      created_time: evaluated,
      created_time_dt: new Date(evaluated).toISOString(),
      first_seen_time: seenFrom,
      first_seen_time_dt: new Date(seenFrom).toISOString(),
      last_seen_time: time,
      last_seen_time_dt: new Date(time).toISOString(),
      product_uid: result.tool.name,
    },
    resources: [resourceOf(finding, result)],
    cloud: cloudOf(finding, result),
    ...(rule ? { remediation: { desc: remediationText(rule) }, risk_details: rule.rationale } : {}),
    unmapped: {
      compliance: compliance(finding),
      rule_id: finding.ruleId,
      rules_version: result.tool.rulesVersion,
      source: result.scan.source,
      scope: result.scan.scope,
      evidence: finding.evidence,
      ...(finding.suppression ? { suppression: finding.suppression } : {}),
      ...(finding.expiredSuppression ? { expired_suppression: finding.expiredSuppression } : {}),
    },
  };
}

/** Every finding as an OCSF event, read from `findings` as the array is written. */
function ocsfArray(result: ScanResult, findings: FindingSource): unknown[] {
  const rules = new Map(result.rules.map((rule) => [rule.id, rule]));
  return streamedArray(
    mapped(findings.all(), (finding) => eventOf(finding, rules.get(finding.ruleId), result)),
  );
}

/** The array in pieces, one finding at a time as `findings` gives them (a spool reads them back from disk). */
export function* ocsfChunks(
  result: ScanResult,
  findings: FindingSource = findingList(result.findings),
): Generator<string> {
  yield* jsonChunks(ocsfArray(result, findings));
  yield '\n';
}

export function renderOcsf(result: ScanResult): string {
  return `${jsonText(ocsfArray(result, findingList(result.findings)))}\n`;
}
