/**
 * The finding format shared by every reporter. findings.json serializes
 * `ScanResult` as is: its shape is a public, versioned contract
 * (docs/findings-schema.md). Add fields; never rename or remove them within a
 * major schema version.
 */
import type { Gap } from '../inventory/model.js';
import type { ChangeSummary } from './changes.js';
import type {
  Evidence,
  Remediation,
  RuleFamily,
  RuleSource,
  Severity,
  Soc2Criterion,
  Equivalents,
} from './rule.js';

export const FINDINGS_SCHEMA_VERSION = '1.0';

export type Status = 'PASS' | 'FAIL' | 'UNKNOWN' | 'ERROR' | 'NOT_APPLICABLE' | 'SUPPRESSED';

export const STATUSES: readonly Status[] = [
  'FAIL',
  'UNKNOWN',
  'ERROR',
  'SUPPRESSED',
  'PASS',
  'NOT_APPLICABLE',
];

/** A line in the code that defined a resource (a CDK app's construct), outside the scanned templates. */
export interface SourceLocation {
  /** Absolute as recorded at synth time. */
  file: string;
  line: number;
  column?: number;
}

export interface FindingResource {
  /** Normalized type (`rds-db-instance`). */
  type: string;
  /** Inventory id: the AWS id/ARN live, `<stack>/<logicalId>` for templates. */
  id: string;
  name?: string;
  arn?: string;
  account?: string;
  region?: string;
  /** Templates only. */
  logicalId?: string;
  stack?: string;
  cfnType?: string;
  file?: string;
  line?: number;
  cdkPath?: string;
  /** CDK: where the app created the construct, from the assembly's creation traces. */
  source?: SourceLocation;
  /** Templates: the resource's Condition, when it was not decided true (checked as if it holds). */
  condition?: string;
}

export interface AppliedSuppression {
  justification: string;
  expires?: string;
  /** Where it came from: `metadata:soc2`, `metadata:checkov`, `file:<path>`. */
  source: string;
  /** The id as written (a foreign id such as CKV_AWS_16 when mapped). */
  matchedId: string;
  /** The status the finding had before it was suppressed. */
  originalStatus: Status;
}

export interface Finding {
  ruleId: string;
  title: string;
  status: Status;
  severity: Severity;
  /** SOC 2 criteria the control supports. */
  controls: Soc2Criterion[];
  resource: FindingResource;
  message: string;
  evidence: Evidence;
  suppression?: AppliedSuppression;
  /** Set when a suppression matched but had expired: the finding counts again. */
  expiredSuppression?: Omit<AppliedSuppression, 'originalStatus'>;
}

export interface RuleSummary {
  id: string;
  title: string;
  severity: Severity;
  criteria: Soc2Criterion[];
  appliesTo: string[];
  rationale: string;
  remediation: Remediation;
  equivalents?: Equivalents;
  family?: RuleFamily;
  /** Sources the rule runs on; absent: templates and live accounts. */
  sources?: RuleSource[];
  /** Loaded with `--rules-dir`: the team's own rule file, not the bundled catalogue. */
  custom?: string;
  /** SHA-256 of the rule's source file, for tamper evidence. */
  sourceSha256?: string;
  /** The settings the rule ran with (its defaults, or what `--settings` gave): the thresholds behind its verdicts. */
  settings?: Record<string, number | string[]>;
}

/**
 * A selected rule that did not run because it cannot on this source (a
 * live-only check in a template scan). Never read as "no exceptions".
 */
export interface NotEvaluatedRule {
  ruleId: string;
  title: string;
  severity: Severity;
  criteria: Soc2Criterion[];
  family: RuleFamily;
  /** "runs on live accounts and snapshots only, not on templates" */
  reason: string;
  /** Set when the rule did not run for want of these settings, not because of the source. */
  needsSettings?: string[];
  /**
   * Named with `--rules` (or nothing selected could run): it also has an
   * UNKNOWN finding and the run is not evidence complete.
   */
  required: boolean;
}

export interface CallerIdentity {
  account: string;
  arn: string;
  userId: string;
}

/** When the facts of one account and region were read from AWS: from the first call to the last. */
export interface RecordedEvidence {
  account: string;
  region: string;
  from: string;
  to: string;
}

/** A fact AWS produced before it was read: its date is not the reading's (the IAM credential report). */
export interface OlderFact {
  fact: string;
  /** The API action that returned it (`iam:GetCredentialReport`). */
  action: string;
  account?: string;
  region?: string;
  /** When AWS produced it (the report's `GeneratedTime`). */
  asOf: string;
}

/**
 * How old the evidence is. Live scans record facts while they run; a snapshot
 * replay evaluates facts recorded earlier, so its startedAt/finishedAt are
 * when the rules were evaluated, and only this says when the facts were true.
 */
export interface EvidenceDates {
  recorded: RecordedEvidence[];
  olderFacts: OlderFact[];
}

export interface ScanInfo {
  source: 'template' | 'live' | 'snapshot';
  /** Account id, or a name for template scans. */
  scope: string;
  startedAt: string;
  finishedAt: string;
  /** What was asked for: paths, regions, parameters, flags. */
  parameters: Record<string, unknown>;
  accounts?: string[];
  regions?: string[];
  callerIdentity?: CallerIdentity;
  /** API calls made (live) or files read (templates). */
  dataSources?: string[];
  /** Live and snapshot scans: when the facts were recorded, and facts older than that. */
  evidenceDates?: EvidenceDates;
}

/** An input file that could not be read or parsed; the others were scanned without it (exit 2). */
export interface BrokenInput {
  /** As shown in messages: relative to the working directory. */
  file: string;
  reason: string;
  /** 1-based, when the problem has a place in the file. */
  line?: number;
  column?: number;
}

/**
 * A suppression that suppressed nothing in this run (the check passes, or the
 * rule does not apply to the resource), like ESLint's unused disable
 * directives: remove it, or it will hide a future failure nobody reviewed.
 */
export interface UnusedSuppression {
  /** The id as written: our rule id, or another scanner's id mapped to ours. */
  id: string;
  /** `metadata:soc2`, `metadata:checkov` ... or `file:<path>`. */
  source: string;
  /** Metadata: the resource it is written on; file: its `resource` pattern, when it has one. */
  resource?: string;
  /** Metadata: the template and the resource's line. */
  file?: string;
  line?: number;
  reason: string;
}

export interface ScanResult {
  schemaVersion: typeof FINDINGS_SCHEMA_VERSION;
  tool: { name: string; version: string; rulesVersion: string };
  scan: ScanInfo;
  rules: RuleSummary[];
  findings: Finding[];
  /** What could not be read at all. */
  gaps: Gap[];
  summary: { total: number; byStatus: Record<Status, number> };
  /** What changed since the baseline run (the previous pack of the same scope, or --baseline). */
  changes?: ChangeSummary;
  /** Template scans: broken files left out of the scan. */
  brokenInputs?: BrokenInput[];
  /** Selected rules that cannot run on this source; absent when every selected rule ran. */
  notEvaluated?: NotEvaluatedRule[];
  /** Suppressions that suppressed nothing; absent when every one was used. */
  unusedSuppressions?: UnusedSuppression[];
}

export function countByStatus(findings: readonly Finding[]): Record<Status, number> {
  const counts: Record<Status, number> = {
    PASS: 0,
    FAIL: 0,
    UNKNOWN: 0,
    ERROR: 0,
    NOT_APPLICABLE: 0,
    SUPPRESSED: 0,
  };
  for (const finding of findings) counts[finding.status] += 1;
  return counts;
}
