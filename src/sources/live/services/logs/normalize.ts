import type { DescribeLogGroupsCommandOutput } from '@aws-sdk/client-cloudwatch-logs';
import type { Output } from '../../normalize/raw.js';

/** CloudWatch Logs always encrypts; without a KMS key it uses a service-owned key. */
export function normalizeLogs(out: Output): void {
  const groups = out
    .list<DescribeLogGroupsCommandOutput>('logs', 'DescribeLogGroups', ['log-group'])
    .flatMap((page) => page.logGroups ?? []);
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
    });
  }
}
