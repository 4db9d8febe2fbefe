/**
 * AWS Security Finding Format (2018-10-08) for Security Hub: the `Findings`
 * array of a BatchImportFindings request, one finding per rule and resource.
 * The scanner never calls the import API; the README shows the command.
 *
 * Compliance.Status is the verdict: PASS -> PASSED, FAIL -> FAILED, UNKNOWN
 * and ERROR -> NOT_AVAILABLE with a StatusReason saying why (never PASSED),
 * NOT_APPLICABLE -> NOT_AVAILABLE and the record ARCHIVED. A suppressed
 * finding keeps its original verdict with Workflow SUPPRESSED and the
 * justification as a Note.
 *
 * FirstObservedAt/LastObservedAt are when the facts were read from AWS (for a
 * snapshot replay, the recording); CreatedAt/UpdatedAt when the rules ran.
 *
 * A template finding has no account or region until deployed: it takes the
 * one account and region its stacks name (CDK env), else the placeholders
 * 000000000000 and us-east-1, which Security Hub refuses (the account must be
 * the caller's), so nothing is imported under a guessed account.
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
  truncate,
} from './interchange.js';
import { jsonChunks, jsonText, mapped, streamedArray } from './json-stream.js';

export const ASFF_SCHEMA_VERSION = '2018-10-08';
export const PLACEHOLDER_ACCOUNT = '000000000000';
export const PLACEHOLDER_REGION = 'us-east-1';
export const ASFF_FINDING_TYPE = 'Software and Configuration Checks/Industry and Regulatory Standards';

/** Documented maxima (AwsSecurityFinding, Resource, Note, Recommendation, ProductFields). */
export const ASFF_LIMITS = {
  id: 512,
  generatorId: 512,
  title: 256,
  description: 1024,
  recommendation: 512,
  note: 512,
  resourceId: 512,
  productFieldValue: 2048,
  detailValue: 1024,
} as const;

type ComplianceStatus = 'PASSED' | 'FAILED' | 'WARNING' | 'NOT_AVAILABLE';

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: 'CRITICAL',
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  info: 'INFORMATIONAL',
};

const COMPLIANCE_STATUS: Record<Exclude<Status, 'SUPPRESSED'>, ComplianceStatus> = {
  PASS: 'PASSED',
  FAIL: 'FAILED',
  UNKNOWN: 'NOT_AVAILABLE',
  ERROR: 'NOT_AVAILABLE',
  NOT_APPLICABLE: 'NOT_AVAILABLE',
};

const STATUS_REASON: Partial<Record<Status, string>> = {
  UNKNOWN: 'SOC2_NOT_EVALUATED',
  ERROR: 'SOC2_RULE_ERROR',
  NOT_APPLICABLE: 'SOC2_NOT_APPLICABLE',
};

/** ProductFields and Details.Other values must hold a non-blank string. */
function stringMap(entries: [string, string | number | undefined][], max: number): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (value === undefined || String(value).trim() === '') continue;
    map[key] = truncate(String(value), max);
  }
  return map;
}

function verdictOf(finding: Finding): Exclude<Status, 'SUPPRESSED'> {
  const verdict = finding.suppression?.originalStatus ?? finding.status;
  return verdict === 'SUPPRESSED' ? 'FAIL' : verdict;
}

function description(finding: Finding, verdict: Status): string {
  const subject = describeResource(finding.resource);
  const prefix =
    verdict === 'UNKNOWN'
      ? 'Could not be checked: '
      : verdict === 'ERROR'
        ? 'Rule error, check not completed: '
        : verdict === 'NOT_APPLICABLE'
          ? 'Not applicable: '
          : '';
  return truncate(`${prefix}${subject}: ${finding.message}`, ASFF_LIMITS.description);
}

function resourceOf(finding: Finding, region: string, partition: string): Record<string, unknown> {
  const resource = finding.resource;
  const other = stringMap(
    [
      ['soc2Type', resource.type],
      ['name', resource.name],
      ['logicalId', resource.logicalId],
      ['stack', resource.stack],
      ['cfnType', resource.cfnType],
      ['file', resource.file],
      ['line', resource.line],
      ['cdkPath', resource.cdkPath],
    ],
    ASFF_LIMITS.detailValue,
  );
  return {
    Type: asffResourceType(resource),
    Id: truncate(resource.arn ?? resource.id, ASFF_LIMITS.resourceId),
    Partition: partition,
    Region: region,
    Details: { Other: other },
  };
}

function findingOf(
  finding: Finding,
  rule: RuleSummary | undefined,
  result: ScanResult,
): Record<string, unknown> {
  const { scan, tool } = result;
  const verdict = verdictOf(finding);
  const account = accountOf(finding, scan) ?? PLACEHOLDER_ACCOUNT;
  const region = regionOf(finding, scan) ?? PLACEHOLDER_REGION;
  const partition = partitionOf(finding, region);
  // Created/Updated: when this tool made the finding (the rules ran). Observed: when the facts were read.
  const createdAt = new Date(Date.parse(scan.startedAt)).toISOString();
  const updatedAt = new Date(Date.parse(scan.finishedAt)).toISOString();
  const times = findingTimes(finding, scan);
  const reasonCode = STATUS_REASON[verdict];
  const suppressed = finding.suppression;
  const resolved = verdict === 'PASS' || verdict === 'NOT_APPLICABLE';
  return {
    SchemaVersion: ASFF_SCHEMA_VERSION,
    Id: truncate(findingUid(finding, tool.name), ASFF_LIMITS.id),
    ProductArn: `arn:${partition}:securityhub:${region}:${account}:product/${account}/default`,
    ProductName: tool.name,
    GeneratorId: truncate(`${tool.name}/${finding.ruleId}`, ASFF_LIMITS.generatorId),
    AwsAccountId: account,
    Types: [ASFF_FINDING_TYPE],
    FirstObservedAt: times.observedFrom,
    LastObservedAt: times.observedTo,
    CreatedAt: createdAt,
    UpdatedAt: updatedAt,
    Severity: {
      // Security Hub's own control findings are INFORMATIONAL when they pass.
      Label: resolved ? 'INFORMATIONAL' : SEVERITY_LABEL[finding.severity],
      Original: finding.severity,
    },
    Title: truncate(finding.title, ASFF_LIMITS.title),
    Description: description(finding, verdict),
    ...(rule
      ? {
          Remediation: {
            Recommendation: { Text: truncate(remediationText(rule), ASFF_LIMITS.recommendation) },
          },
        }
      : {}),
    ProductFields: stringMap(
      [
        ['soc2/RuleId', finding.ruleId],
        ['soc2/Status', finding.status],
        ['soc2/Source', scan.source],
        ['soc2/Scope', scan.scope],
        ['soc2/RulesVersion', tool.rulesVersion],
        ['soc2/ToolVersion', tool.version],
        ['soc2/Controls', finding.controls.join(' ')],
        ['soc2/Suppression/Source', suppressed?.source],
        ['soc2/Suppression/Expires', suppressed?.expires],
        ['soc2/ExpiredSuppression', finding.expiredSuppression?.justification],
      ],
      ASFF_LIMITS.productFieldValue,
    ),
    Resources: [resourceOf(finding, region, partition)],
    Compliance: {
      Status: COMPLIANCE_STATUS[verdict],
      RelatedRequirements: finding.controls.map((control) => `SOC 2 ${control}`).slice(0, 32),
      ...(reasonCode
        ? {
            StatusReasons: [
              { ReasonCode: reasonCode, Description: truncate(finding.message, ASFF_LIMITS.description) },
            ],
          }
        : {}),
    },
    Workflow: { Status: suppressed ? 'SUPPRESSED' : resolved ? 'RESOLVED' : 'NEW' },
    RecordState: verdict === 'NOT_APPLICABLE' ? 'ARCHIVED' : 'ACTIVE',
    ...(suppressed
      ? {
          Note: {
            Text: truncate(
              `${suppressed.justification}${suppressed.expires ? ` (until ${suppressed.expires})` : ''}`,
              ASFF_LIMITS.note,
            ),
            UpdatedBy: truncate(`${tool.name} ${suppressed.source}`, ASFF_LIMITS.note),
            UpdatedAt: updatedAt,
          },
        }
      : {}),
  };
}

/** Every finding as an ASFF finding, read from `findings` as the array is written. */
function asffArray(result: ScanResult, findings: FindingSource): unknown[] {
  const rules = new Map(result.rules.map((rule) => [rule.id, rule]));
  return streamedArray(
    mapped(findings.all(), (finding) => findingOf(finding, rules.get(finding.ruleId), result)),
  );
}

/** The array in pieces, one finding at a time as `findings` gives them (a spool reads them back from disk). */
export function* asffChunks(
  result: ScanResult,
  findings: FindingSource = findingList(result.findings),
): Generator<string> {
  yield* jsonChunks(asffArray(result, findings));
  yield '\n';
}

export function renderAsff(result: ScanResult): string {
  return `${jsonText(asffArray(result, findingList(result.findings)))}\n`;
}
