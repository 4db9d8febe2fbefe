import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_LOG_GROUPS } from './calls.js';

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
