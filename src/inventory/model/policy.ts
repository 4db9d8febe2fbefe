/** Resource-based policy statements, as far as rules about public access need them. */

export interface PolicyStatement {
  effect: 'Allow' | 'Deny';
  /** `*` for anyone; account ids, ARNs or service principals otherwise. */
  principals: string[];
  actions: string[];
  /** Condition keys present (`aws:SourceArn`, `aws:PrincipalOrgID` ...), lower-cased. */
  conditionKeys: string[];
}
