/**
 * What a rule is: metadata beside a pure function of one resource and the
 * inventory. No I/O. `defineRule` is the only way rules are declared.
 */
import type { Inventory } from '../inventory/inventory.js';
import type { Unknown } from '../inventory/maybe.js';
import type { ResourceOf, ResourceType } from '../inventory/model.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** SOC 2 Trust Services Criteria (2017, revised points of focus 2022). */
export type Soc2Criterion =
  | 'CC6.1'
  | 'CC6.2'
  | 'CC6.3'
  | 'CC6.6'
  | 'CC6.7'
  | 'CC6.8'
  | 'CC7.1'
  | 'CC7.2'
  | 'CC7.3'
  | 'CC8.1'
  | 'A1.2'
  | 'C1.1';

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };

/** Facts a verdict rests on, shown to auditors and kept in findings.json. */
export type Evidence = Record<string, JsonValue | undefined>;

export type OutcomeStatus = 'PASS' | 'FAIL' | 'UNKNOWN' | 'NOT_APPLICABLE';

export interface Outcome {
  status: OutcomeStatus;
  message: string;
  evidence?: Evidence;
}

export const pass = (message: string, evidence?: Evidence): Outcome => ({
  status: 'PASS',
  message,
  evidence,
});
export const fail = (message: string, evidence?: Evidence): Outcome => ({
  status: 'FAIL',
  message,
  evidence,
});
export const notApplicable = (message: string, evidence?: Evidence): Outcome => ({
  status: 'NOT_APPLICABLE',
  message,
  evidence,
});
/**
 * Evidence key of a NOT_APPLICABLE that defers to another rule failing the
 * same root cause (an unencrypted store: storage-encrypted fails it, so
 * storage-encrypted-with-cmk does not fail it a second time). When that rule
 * is not run (`--rules`), the engine turns the finding back into a FAIL.
 */
export const ROOT_CAUSE_RULE = 'rootCauseRule';

/** Could not tell; `reason` says why (an Unknown's reason, usually). */
export const undetermined = (reason: string | Unknown, evidence?: Evidence): Outcome => ({
  status: 'UNKNOWN',
  message: typeof reason === 'string' ? reason : reason.reason,
  evidence,
});

export interface Remediation {
  /** One or two sentences: what to change. */
  summary: string;
  cloudformation?: string;
  cdk?: string;
  cli?: string;
}

/** The same control's ids in other scanners, used to honour their suppressions. */
export interface Equivalents {
  checkov?: string[];
  cfnNag?: string[];
  guard?: string[];
  cdkNag?: string[];
  prowler?: string[];
}

export interface RuleMeta<T extends ResourceType = ResourceType> {
  /** Stable public id, kebab-case. */
  id: string;
  title: string;
  severity: Severity;
  criteria: Soc2Criterion[];
  /** Resource types the rule is evaluated on, one finding each. */
  appliesTo: readonly T[];
  /** Other types it reads through relations; their gaps make it UNKNOWN. */
  reads?: readonly ResourceType[];
  rationale: string;
  remediation: Remediation;
  equivalents?: Equivalents;
  /** Sources it makes sense on. Default: both. */
  sources?: readonly ('template' | 'live')[];
  /**
   * In an account scan, an empty population is itself a failure (no trail at
   * all fails `cloudtrail-multi-region`). Templates may legitimately omit it.
   */
  requiredInAccount?: boolean;
  /** Like `requiredInAccount`, but in every region the account scan covered (Config recorders are regional). */
  requiredInEveryRegion?: boolean;
}

export interface Rule<T extends ResourceType = ResourceType> extends RuleMeta<T> {
  evaluate(resource: ResourceOf<T>, inventory: Inventory): Outcome;
}

export function defineRule<T extends ResourceType>(rule: Rule<T>): Rule<T> {
  return rule;
}
