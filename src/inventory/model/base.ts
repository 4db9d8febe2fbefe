/** What every normalized resource has: where it was found, its ids, its inline suppressions. */

/** Where a resource was found: a template line, or a live account and region. */
export type Origin =
  | {
      kind: 'template';
      file: string;
      line?: number;
      logicalId: string;
      stack: string;
      /** CDK construct path from `Metadata['aws:cdk:path']`. */
      cdkPath?: string;
      cfnType: string;
      /**
       * The resource's `Condition` when it was not decided true: the resource
       * exists only if it holds, and was checked as if it did.
       */
      condition?: string;
      /** Why the condition is undecided or false, for finding messages. */
      conditionReason?: string;
    }
  | { kind: 'live'; account: string; region: string };

/** A suppression written on the resource itself (template Metadata). */
export interface InlineSuppression {
  /** Our rule id, or another scanner's id (CKV_AWS_16, F27, AwsSolutions-RDS2 ...). */
  id: string;
  /** Which scanner's vocabulary `id` is in. */
  tool: 'soc2' | 'checkov' | 'cfn_nag' | 'guard' | 'cdk_nag';
  justification: string;
  /** ISO date (YYYY-MM-DD) or timestamp after which the suppression no longer applies. */
  expires?: string;
}

export interface ResourceBase<T extends string> {
  type: T;
  /**
   * Unique within the inventory. Live: the AWS id or ARN. Templates:
   * `<stack>/<logicalId>`. Relations between resources use these ids.
   */
  id: string;
  /** Human-facing name (bucket name, DB identifier, Name tag). */
  name?: string;
  arn?: string;
  region?: string;
  origin: Origin;
  tags?: Record<string, string>;
  /** Tags a template sets without a value known before deployment: a match on them cannot be decided. */
  unresolvedTags?: UnresolvedTags;
  suppressions?: InlineSuppression[];
  /**
   * Template: why more may be attached to it than was read, by resources CloudFormation keeps apart from
   * it (a policy on a role, an ingress rule on a group, a route in a table, a bucket or queue policy, a
   * Lambda permission): its name or ARN is passed to a nested stack the scan did not read. Only rules whose
   * verdict rests on such attachments consult it; what the resource sets itself is read in full.
   */
  attachableElsewhere?: string;
}

export interface UnresolvedTags {
  /** Tag key -> why its value is known only at deploy time. */
  values: Record<string, string>;
  /** Set when which tags exist is unknown too (the tag list, or a tag's key, is unresolved): why. */
  others?: string;
}
