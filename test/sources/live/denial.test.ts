/**
 * Honest failures: deny a collector's calls and no rule that depends on them
 * may PASS; the run is incomplete (exit 3). Runs the real rule set.
 */
import { describe, expect, it } from 'vitest';
import type { ResourceType } from '../../../src/inventory/model.js';
import { sampleAccount, type FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

interface DenialCase {
  collector: string;
  deny: string[];
  /** Findings on these resource types must not PASS. */
  types: ResourceType[];
  /** Further rule/type pairs that read the denied data through a relation. */
  readers?: { ruleId: string; type: ResourceType }[];
  /** Rules on those types that read another service's answer, which was not denied (a case of their own denies it). */
  otherService?: string[];
}

const CASES: DenialCase[] = [
  { collector: 'kms', deny: ['kms:*'], types: ['kms-key'] },
  { collector: 'cloudtrail', deny: ['cloudtrail:*'], types: ['cloudtrail-trail'] },
  {
    collector: 'wafv2',
    deny: ['wafv2:*'],
    types: ['wafv2-web-acl', 'wafv2-web-acl-association'],
    readers: [{ ruleId: 'waf-protects-public-endpoints', type: 'elbv2-load-balancer' }],
  },
  {
    collector: 'iam',
    deny: ['iam:*'],
    types: ['aws-account', 'iam-user'],
    // Membership is read from organizations:DescribeOrganization, answered here; denied in the next case.
    otherService: ['account-in-organization'],
  },
  {
    collector: 'organizations',
    deny: ['organizations:*'],
    types: [],
    readers: [{ ruleId: 'account-in-organization', type: 'aws-account' }],
  },
  { collector: 'config', deny: ['config:*'], types: ['config-recorder'] },
  { collector: 'rds', deny: ['rds:*'], types: ['rds-db-instance', 'rds-db-cluster', 'rds-db-subnet-group'] },
  {
    collector: 'ec2',
    deny: ['ec2:*'],
    types: [
      'ec2-subnet',
      'ec2-route-table',
      'ec2-internet-gateway',
      'ebs-volume',
      'ec2-security-group',
      'ec2-region-settings',
    ],
    readers: [{ ruleId: 'db-subnets-private', type: 'rds-db-instance' }],
  },
  { collector: 'elbv2', deny: ['elasticloadbalancing:*'], types: ['elbv2-load-balancer', 'elbv2-listener'] },
  { collector: 's3', deny: ['s3:*'], types: ['s3-bucket'] },
  { collector: 'cloudfront', deny: ['cloudfront:*'], types: ['cloudfront-distribution'] },
  { collector: 'apigateway', deny: ['apigateway:*'], types: ['apigateway-stage'] },
  { collector: 'dynamodb', deny: ['dynamodb:*'], types: ['dynamodb-table'] },
  { collector: 'efs', deny: ['elasticfilesystem:*'], types: ['efs-file-system'] },
  { collector: 'sqs', deny: ['sqs:*'], types: ['sqs-queue'] },
  { collector: 'sns', deny: ['sns:*'], types: ['sns-topic'] },
  { collector: 'logs', deny: ['logs:*'], types: ['log-group'] },
  // One call per resource denied: the facts it carries become Unknown, the resource is still judged.
  {
    // The key is still described (kms-key-not-pending-deletion may PASS); rotation cannot.
    collector: 'kms rotation status only',
    deny: ['kms:GetKeyRotationStatus'],
    types: [],
    readers: [{ ruleId: 'kms-key-rotation', type: 'kms-key' }],
  },
  {
    collector: 's3 bucket encryption only',
    deny: ['s3:GetBucketEncryption'],
    types: [],
    readers: [
      { ruleId: 'storage-encrypted', type: 's3-bucket' },
      { ruleId: 'storage-encrypted-with-cmk', type: 's3-bucket' },
    ],
  },
  {
    collector: 'cloudtrail event selectors only',
    deny: ['cloudtrail:GetEventSelectors'],
    types: [],
    readers: [{ ruleId: 'cloudtrail-multi-region', type: 'cloudtrail-trail' }],
  },
  {
    collector: 'elbv2 listener rules only',
    deny: ['elasticloadbalancing:DescribeRules'],
    types: [],
    readers: [{ ruleId: 'http-redirects-to-https', type: 'elbv2-listener' }],
  },
  {
    // The credential report is still read, but it may be hours old: it cannot make MFA PASS.
    collector: 'iam MFA devices only',
    deny: ['iam:ListMFADevices'],
    types: [],
    readers: [{ ruleId: 'iam-users-mfa', type: 'iam-user' }],
  },
  {
    collector: 'iam MFA devices and credential report',
    deny: ['iam:ListMFADevices', 'iam:GetCredentialReport'],
    types: [],
    readers: [{ ruleId: 'iam-users-mfa', type: 'iam-user' }],
  },
  {
    // Root in line with IAM users: a report up to 4 hours old cannot make root MFA or "no root keys" PASS.
    collector: 'iam account summary only',
    deny: ['iam:GetAccountSummary'],
    types: [],
    readers: [
      { ruleId: 'root-mfa-enabled', type: 'aws-account' },
      { ruleId: 'root-no-access-keys', type: 'aws-account' },
    ],
  },
  {
    collector: 'iam account summary and credential report',
    deny: ['iam:GetAccountSummary', 'iam:GetCredentialReport'],
    types: [],
    readers: [
      { ruleId: 'root-mfa-enabled', type: 'aws-account' },
      { ruleId: 'root-no-access-keys', type: 'aws-account' },
    ],
  },
];

describe('denied calls never PASS', () => {
  it.each(CASES)('$collector', async ({ deny, types, readers = [], otherService = [] }) => {
    const faults: FaultRule[] = deny.map((action) => ({ action, kind: 'AccessDenied' }));
    const scan = await scanFake(sampleAccount(), { faults, live: { maxAttempts: 1 } });
    const dependent = scan.findings.filter(
      (finding) =>
        (types.includes(finding.resource.type as ResourceType) && !otherService.includes(finding.ruleId)) ||
        readers.some((reader) => reader.ruleId === finding.ruleId && reader.type === finding.resource.type),
    );
    const passes = dependent.filter((finding) => finding.status === 'PASS');
    expect(passes.map((finding) => `${finding.ruleId} ${finding.resource.id}: ${finding.message}`)).toEqual(
      [],
    );
    const unknowns = dependent.filter((finding) => finding.status === 'UNKNOWN');
    expect(unknowns.length).toBeGreaterThan(0);
    expect(
      unknowns.some((finding) =>
        /AccessDenied|UnauthorizedOperation|AuthorizationError|not authorized/i.test(
          `${finding.message} ${JSON.stringify(finding.evidence)}`,
        ),
      ),
    ).toBe(true);
    expect(scan.incompleteExit).toBe(3);
  });
});
