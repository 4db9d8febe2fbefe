import type { Output } from '../../normalize/raw.js';
import { unknown } from '../../../../inventory/maybe.js';
import { policyStatements } from '../../../../inventory/facts/policy-statements.js';
import { DESCRIBE_LOG_GROUPS, DESCRIBE_RESOURCE_POLICIES } from './calls.js';

/** CloudWatch Logs always encrypts; without a KMS key it uses a service-owned key. */
export function normalizeLogs(out: Output): void {
  const groups = out.list(DESCRIBE_LOG_GROUPS, ['log-group']).flatMap((page) => page.logGroups ?? []);
  for (const group of groups) {
    if (!group.logGroupName) continue;
    const arn = group.arn?.replace(/:\*$/, '');
    out.add({
      type: 'log-group',
      id: arn ?? group.logGroupName,
      arn,
      name: group.logGroupName,
      region: out.region,
      origin: out.origin,
      encryption: group.kmsKeyId ? { state: 'kms', keyId: group.kmsKeyId } : { state: 'aws-owned' },
      // DescribeLogGroups leaves retentionInDays out for a group whose events never expire.
      retentionInDays: group.retentionInDays ?? 'never-expires',
    });
  }
}

/** The region's resource policies, named by PolicyName (unique per region). */
export function normalizeLogsResourcePolicies(out: Output): void {
  const policies = out
    .list(DESCRIBE_RESOURCE_POLICIES, ['logs-resource-policy'])
    .flatMap((page) => page.resourcePolicies ?? []);
  for (const policy of policies) {
    if (!policy.policyName) continue;
    out.add({
      type: 'logs-resource-policy',
      id: `arn:${out.partition}:logs:${out.region}:${out.account}:resource-policy/${policy.policyName}`,
      name: policy.policyName,
      region: out.region,
      origin: out.origin,
      policyStatements:
        policy.policyDocument === undefined
          ? unknown(`log resource policy ${policy.policyName}: policyDocument was not returned`)
          : policyStatements(policy.policyDocument, `log resource policy ${policy.policyName}`),
    });
  }
}
