/**
 * False PASSes of the live source: an answer the collector did not fully read
 * (a field absent from a 200 answer, a list cut at its first page) must give
 * UNKNOWN (or the FAIL the full list holds), never PASS. Each case drives the
 * real collector over the loopback AWS server and runs the real rule set.
 */
import { describe, expect, it } from 'vitest';
import { emptyAccount, type FakeAccount } from '../../support/aws-server/index.js';
import { isUnknown, type Unknown } from '../../../src/inventory/maybe.js';
import {
  GET_DETECTOR,
  LIST_DETECTORS,
  LIST_OPEN_HIGH_FINDINGS,
} from '../../../src/sources/live/services/guardduty/calls.js';
import { normalizeGuardDuty } from '../../../src/sources/live/services/guardduty/normalize.js';
import {
  DESCRIBE_DB_CLUSTERS,
  DESCRIBE_DB_INSTANCES,
  DESCRIBE_DB_SNAPSHOT_ATTRIBUTES,
  DESCRIBE_DB_SNAPSHOTS,
} from '../../../src/sources/live/services/rds/calls.js';
import { normalizeRds } from '../../../src/sources/live/services/rds/normalize.js';
import {
  GET_TOPIC_ATTRIBUTES,
  LIST_SUBSCRIPTIONS,
  LIST_TOPICS,
} from '../../../src/sources/live/services/sns/calls.js';
import { normalizeSns } from '../../../src/sources/live/services/sns/normalize.js';
import { scanFake } from './helpers.js';
import { outputOf, recorded } from './recorded-output.js';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';

/** `STATUS: message` of one rule on one resource (by id or name). */
async function verdictOf(
  account: FakeAccount,
  ruleId: string,
  resource: string,
  server: { pageSize?: number } = {},
): Promise<string> {
  const scan = await scanFake(account, { server });
  const found = scan.findings.filter(
    (finding) =>
      finding.ruleId === ruleId && (finding.resource.id === resource || finding.resource.name === resource),
  );
  expect(found, `${ruleId} on ${resource}`).toHaveLength(1);
  return `${found[0]!.status}: ${found[0]!.message}`;
}

/** What a JSON answer holds when the service leaves the field out (null serializes to nothing). */
const OMITTED = null as unknown as string;

describe('live source: answers the collector did not fully read', () => {
  it('a Lambda GetPolicy answer without its Policy is UNKNOWN, not "no policy" (lambda-not-public)', async () => {
    const name = 'payments-webhook';
    const account = emptyAccount({
      regions: {
        [REGION]: {
          lambda: {
            functions: [
              {
                configuration: {
                  FunctionName: name,
                  FunctionArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`,
                },
                policy: OMITTED,
              },
            ],
          },
        },
      },
    });
    const verdict = await verdictOf(account, 'lambda-not-public', name);
    expect(verdict).toMatch(/^UNKNOWN: .*payments-webhook.*Policy/);
  });

  it('an ECR GetRepositoryPolicy answer without its policyText is UNKNOWN (ecr-repository-not-public)', async () => {
    const name = 'payments-api';
    const account = emptyAccount({
      regions: {
        [REGION]: {
          ecr: {
            repositories: [
              {
                repository: {
                  repositoryName: name,
                  repositoryArn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/${name}`,
                },
                policy: OMITTED,
              },
            ],
          },
        },
      },
    });
    const verdict = await verdictOf(account, 'ecr-repository-not-public', name);
    expect(verdict).toMatch(/^UNKNOWN: .*payments-api.*policyText/);
  });

  it('a Backup vault access policy answer without its Policy is UNKNOWN, not "no deny" (backup-vault-deletion-protected)', async () => {
    const name = 'payments-vault';
    const account = emptyAccount({
      regions: {
        [REGION]: {
          backup: {
            vaults: [
              {
                vault: {
                  BackupVaultName: name,
                  BackupVaultArn: `arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:${name}`,
                  EncryptionKeyType: 'AWS_OWNED_KMS_KEY',
                  Locked: false,
                },
                accessPolicy: OMITTED,
              },
            ],
          },
        },
      },
    });
    const verdict = await verdictOf(account, 'backup-vault-deletion-protected', name);
    expect(verdict).toMatch(/^UNKNOWN: .*payments-vault.*Policy/);
  });

  it('a network ACL entry without a CIDR is UNKNOWN, not skipped (nacl-no-public-admin-ingress)', async () => {
    const vpcId = 'vpc-0aaa00000000000001';
    const aclId = 'acl-0aaa00000000000009';
    const account = emptyAccount({
      regions: {
        [REGION]: {
          ec2: {
            vpcs: [{ VpcId: vpcId, IsDefault: false }],
            networkAcls: [
              {
                NetworkAclId: aclId,
                VpcId: vpcId,
                IsDefault: false,
                Entries: [
                  // SSH allowed from a source the answer does not name.
                  {
                    RuleNumber: 100,
                    Egress: false,
                    Protocol: '6',
                    RuleAction: 'allow',
                    PortRange: { From: 22, To: 22 },
                  },
                  {
                    RuleNumber: 32767,
                    Egress: false,
                    Protocol: '-1',
                    RuleAction: 'deny',
                    CidrBlock: '0.0.0.0/0',
                  },
                ],
                Associations: [],
              },
            ],
          },
        },
      },
    });
    const verdict = await verdictOf(account, 'nacl-no-public-admin-ingress', aclId);
    expect(verdict).toMatch(/^UNKNOWN: .*acl-0aaa00000000000009.*CidrBlock/);
  });

  it('a flow log without FlowLogStatus is not counted as active (vpc-flow-logs-enabled)', async () => {
    const vpcId = 'vpc-0aaa00000000000002';
    const account = emptyAccount({
      regions: {
        [REGION]: {
          ec2: {
            vpcs: [{ VpcId: vpcId, IsDefault: false }],
            flowLogs: [
              {
                FlowLogId: 'fl-0aaa00000000000009',
                ResourceId: vpcId,
                TrafficType: 'ALL',
                LogDestinationType: 's3',
                LogDestination: 'arn:aws:s3:::flow-logs',
              },
            ],
          },
        },
      },
    });
    const verdict = await verdictOf(account, 'vpc-flow-logs-enabled', vpcId);
    expect(verdict).toMatch(/^UNKNOWN: .*fl-0aaa00000000000009.*FlowLogStatus/);
  });

  it('CloudWatch Logs resource policies are read past the first page (logs-resource-policy-not-public)', async () => {
    const policy = (sid: string, principal: unknown) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: sid, Effect: 'Allow', Principal: principal, Action: 'logs:PutLogEvents', Resource: '*' },
        ],
      });
    const account = emptyAccount({
      regions: {
        [REGION]: {
          logs: {
            logGroups: [],
            resourcePolicies: [
              {
                policyName: 'route53-query-logs',
                policyDocument: policy('R53', { Service: 'route53.amazonaws.com' }),
              },
              { policyName: 'anyone-writes', policyDocument: policy('Anyone', '*') },
            ],
          },
        },
      },
    });
    const verdict = await verdictOf(account, 'logs-resource-policy-not-public', 'anyone-writes', {
      pageSize: 1,
    });
    expect(verdict).toMatch(/^FAIL: /);
  });
});

/**
 * Shapes the loopback server never answers (it always writes these fields), so
 * the recorded answer is built by hand and normalized as a snapshot replay would.
 */
describe('live normalizers: recorded answers without a required field', () => {
  it('DescribeDBSnapshotAttributes without the restore attribute leaves "public" Unknown (db-snapshots-not-public)', () => {
    const id = 'payments-manual-1';
    const out = outputOf([
      recorded(DESCRIBE_DB_INSTANCES, undefined, { responses: [{ DBInstances: [] }] }),
      recorded(DESCRIBE_DB_CLUSTERS, undefined, { responses: [{ DBClusters: [] }] }),
      recorded(DESCRIBE_DB_SNAPSHOTS, undefined, {
        responses: [{ DBSnapshots: [{ DBSnapshotIdentifier: id, SnapshotType: 'manual', Encrypted: true }] }],
      }),
      recorded(DESCRIBE_DB_SNAPSHOT_ATTRIBUTES, id, {
        responses: [{ DBSnapshotAttributesResult: { DBSnapshotIdentifier: id, DBSnapshotAttributes: [] } }],
      }),
    ]);
    normalizeRds(out);
    const snapshot = out.resources.find((resource) => resource.type === 'rds-db-snapshot');
    const isPublic = (snapshot as { public?: unknown } | undefined)?.public;
    expect(isUnknown(isPublic as never) && (isPublic as Unknown).reason).toMatch(
      /payments-manual-1.*restore/,
    );
  });

  it('ListFindings without FindingIds leaves the open findings Unknown (guardduty-no-high-findings)', () => {
    const detector = 'd-1';
    const out = outputOf([
      recorded(LIST_DETECTORS, undefined, { responses: [{ DetectorIds: [detector] }] }),
      recorded(GET_DETECTOR, detector, { responses: [{ Status: 'ENABLED' }] }),
      recorded(LIST_OPEN_HIGH_FINDINGS, detector, { responses: [{}] }),
    ]);
    normalizeGuardDuty(out);
    const found = (out.resources[0] as { openHighSeverityFindings?: unknown }).openHighSeverityFindings;
    expect(isUnknown(found as never) && (found as Unknown).reason).toMatch(/d-1.*FindingIds/);
  });
});

describe('live source: SNS topic policies', () => {
  const topicArn = `arn:aws:sns:${REGION}:${ACCOUNT}:alerts`;
  const withTopic = (attributes: Record<string, string>) =>
    emptyAccount({ regions: { [REGION]: { sns: { topics: [{ arn: topicArn, attributes }] } } } });

  it('the default policy SNS gives a new topic (to "*", confined by AWS:SourceOwner) PASSes sns-topic-not-public', async () => {
    expect(await verdictOf(withTopic({}), 'sns-topic-not-public', topicArn)).toMatch(/^PASS: /);
  });

  it('a GetTopicAttributes answer without its Policy is UNKNOWN, not "no statements" (sns-topic-not-public)', () => {
    // The fake always writes the attribute, so the answer is built by hand as a snapshot replay reads it.
    const out = outputOf([
      recorded(LIST_TOPICS, undefined, { responses: [{ Topics: [{ TopicArn: topicArn }] }] }),
      recorded(LIST_SUBSCRIPTIONS, undefined, { responses: [{ Subscriptions: [] }] }),
      recorded(GET_TOPIC_ATTRIBUTES, topicArn, { responses: [{ Attributes: { TopicArn: topicArn } }] }),
    ]);
    normalizeSns(out);
    const statements = (out.resources[0] as { policyStatements?: unknown }).policyStatements;
    expect(isUnknown(statements as never) && (statements as Unknown).reason).toMatch(/alerts.*no Policy/);
  });
});
