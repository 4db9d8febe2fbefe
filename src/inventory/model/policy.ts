/** Resource-based policy statements, as far as rules about public access need them. */

/** One key under one operator of a statement's Condition. */
export interface PolicyCondition {
  /** The operator as written: `StringEquals`, `ArnLikeIfExists`, `ForAnyValue:StringLike` ... */
  operator: string;
  /** The condition key, lower-cased (`aws:sourceaccount`). */
  key: string;
  /** The values the key is compared with, as text (`111122223333`, `true`). */
  values: string[];
}

export interface PolicyStatement {
  effect: 'Allow' | 'Deny';
  /** `*` for anyone; account ids, ARNs or service principals otherwise. */
  principals: string[];
  actions: string[];
  /** Condition keys present (`aws:SourceArn`, `aws:PrincipalOrgID` ...), lower-cased. */
  conditionKeys: string[];
  /**
   * Each condition with its operator and values; absent when a source knows
   * only which keys are present (rules then read the keys alone).
   */
  conditions?: PolicyCondition[];
  /**
   * Set only on a template trust policy's Deny whose Condition holds a value
   * the template leaves unresolved: which entries, and why. Those entries are
   * left out of `conditions`, so the Deny reads broader than it is; a rule must
   * treat it as one that might apply, never as a known Deny.
   */
  unresolvedCondition?: string;
}
