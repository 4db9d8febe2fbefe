/**
 * The per-resource calls behind the S3, DynamoDB and EFS data-protection rules
 * and CloudTrail's data events: denied, the dependent rule is UNKNOWN (with
 * the denial as its reason) and never PASS; the run is incomplete.
 */
import { describe, expect, it } from 'vitest';
import type { ResourceType } from '../../../src/inventory/model.js';
import { sampleAccount, type FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

interface DenialCase {
  /** The API operation denied (the fake matches faults on `<service>:<Operation>`, not IAM names). */
  deny: string;
  ruleId: string;
  type: ResourceType;
}

const CASES: DenialCase[] = [
  { deny: 's3:GetBucketVersioning', ruleId: 's3-versioning-enabled', type: 's3-bucket' },
  { deny: 's3:GetBucketVersioning', ruleId: 's3-mfa-delete', type: 's3-bucket' },
  { deny: 's3:GetBucketLogging', ruleId: 's3-access-logging', type: 's3-bucket' },
  { deny: 's3:GetBucketLogging', ruleId: 'cloudtrail-bucket-access-logging', type: 'cloudtrail-trail' },
  { deny: 's3:GetBucketNotificationConfiguration', ruleId: 's3-event-notifications', type: 's3-bucket' },
  { deny: 's3:GetObjectLockConfiguration', ruleId: 's3-object-lock', type: 's3-bucket' },
  { deny: 's3:GetBucketReplication', ruleId: 's3-cross-region-replication', type: 's3-bucket' },
  { deny: 's3:GetBucketLifecycleConfiguration', ruleId: 's3-lifecycle-configured', type: 's3-bucket' },
  { deny: 's3:GetBucketPolicy', ruleId: 's3-bucket-enforces-tls', type: 's3-bucket' },
  {
    deny: 'dynamodb:DescribeContinuousBackups',
    ruleId: 'dynamodb-point-in-time-recovery',
    type: 'dynamodb-table',
  },
  { deny: 'dynamodb:DescribeTable', ruleId: 'dynamodb-deletion-protection', type: 'dynamodb-table' },
  {
    deny: 'elasticfilesystem:DescribeBackupPolicy',
    ruleId: 'efs-automatic-backups',
    type: 'efs-file-system',
  },
  { deny: 'cloudtrail:GetEventSelectors', ruleId: 'cloudtrail-s3-data-events', type: 'cloudtrail-trail' },
  { deny: 'kms:DescribeKey', ruleId: 'kms-key-not-pending-deletion', type: 'kms-key' },
  { deny: 'kms:GetKeyPolicy', ruleId: 'kms-key-not-public', type: 'kms-key' },
  {
    deny: 'logs:DescribeResourcePolicies',
    ruleId: 'logs-resource-policy-not-public',
    type: 'logs-resource-policy',
  },
];

describe('denied data-protection calls never PASS', () => {
  it.each(CASES)('$deny -> $ruleId', async ({ deny, ruleId, type }) => {
    const faults: FaultRule[] = [{ action: deny, kind: 'AccessDenied' }];
    const scan = await scanFake(sampleAccount(), { faults, live: { maxAttempts: 1 } });
    const dependent = scan.findings.filter(
      (finding) => finding.ruleId === ruleId && finding.resource.type === type,
    );
    expect(dependent.length).toBeGreaterThan(0);
    expect(
      dependent
        .filter((finding) => finding.status === 'PASS')
        .map((finding) => `${finding.resource.id}: ${finding.message}`),
    ).toEqual([]);
    const unknowns = dependent.filter((finding) => finding.status === 'UNKNOWN');
    expect(unknowns.length).toBeGreaterThan(0);
    expect(unknowns.some((finding) => /AccessDenied|not authorized/i.test(finding.message))).toBe(true);
    expect(scan.incompleteExit).toBe(3);
  });
});
