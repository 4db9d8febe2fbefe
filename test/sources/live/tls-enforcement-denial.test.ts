/**
 * RDS parameter groups and EFS file system policies: a denied read makes the
 * TLS rule UNKNOWN, never PASS; a parameter group is read once however many
 * databases share it, page by page at 100 parameters.
 */
import { describe, expect, it } from 'vitest';
import { emptyAccount, type FakeAccount, type FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

const REGION = 'us-east-1';
const ACCOUNT = '111122223333';
const db = (id: string) => `arn:aws:rds:${REGION}:${ACCOUNT}:db:${id}`;
const CLUSTER = `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:aurora`;
const FS = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-tls`;
const FORCED = [
  ...Array.from({ length: 150 }, (_, index) => ({ ParameterName: `p${index}`, ParameterValue: '0' })),
  { ParameterName: 'rds.force_ssl', ParameterValue: '1' },
];

/** Two PostgreSQL instances sharing a TLS-forcing group, an Aurora PostgreSQL cluster and its member, a TLS-only file system. */
function compliantAccount(): FakeAccount {
  const account = emptyAccount();
  const group = [{ DBParameterGroupName: 'tls-postgres14' }];
  account.regions[REGION] = {
    rds: {
      instances: ['orders', 'billing'].map((id) => ({
        DBInstanceIdentifier: id,
        DBInstanceArn: db(id),
        Engine: 'postgres',
        EngineVersion: '14.12',
        DBParameterGroups: group,
      })),
      clusters: [
        {
          DBClusterIdentifier: 'aurora',
          DBClusterArn: CLUSTER,
          Engine: 'aurora-postgresql',
          EngineVersion: '16.4',
          DBClusterParameterGroup: 'tls-aurora',
        },
      ],
      parameterGroups: { 'tls-postgres14': FORCED },
      clusterParameterGroups: { 'tls-aurora': FORCED },
    },
    efs: {
      fileSystems: [
        {
          FileSystemId: 'fs-tls',
          FileSystemArn: FS,
          Encrypted: true,
          OwnerId: ACCOUNT,
          CreationToken: 'fs-tls',
          CreationTime: new Date('2026-01-01T00:00:00Z'),
          LifeCycleState: 'available',
          NumberOfMountTargets: 0,
          SizeInBytes: { Value: 0 },
          PerformanceMode: 'generalPurpose',
          Tags: [],
        },
      ],
      fileSystemPolicies: {
        'fs-tls': JSON.stringify({
          Statement: [
            {
              Effect: 'Deny',
              Principal: { AWS: '*' },
              Action: '*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        }),
      },
    },
  };
  // An Aurora member's own DB parameter group is not read: the cluster's decides.
  account.regions[REGION].rds!.instances!.push({
    DBInstanceIdentifier: 'aurora-1',
    DBInstanceArn: db('aurora-1'),
    Engine: 'aurora-postgresql',
    DBClusterIdentifier: 'aurora',
    DBParameterGroups: [{ DBParameterGroupName: 'default.aurora-postgresql16' }],
  });
  return account;
}

const CASES: { deny: string; rule: string; ids: string[] }[] = [
  { deny: 'rds:DescribeDBParameters', rule: 'rds-enforces-tls', ids: [db('orders'), db('billing')] },
  { deny: 'rds:DescribeDBClusterParameters', rule: 'rds-enforces-tls', ids: [CLUSTER] },
  { deny: 'elasticfilesystem:DescribeFileSystemPolicy', rule: 'efs-enforces-tls', ids: [FS] },
];

const statusOf = (findings: { ruleId: string; resource: { id: string }; status: string }[], rule: string) =>
  Object.fromEntries(
    findings
      .filter((finding) => finding.ruleId === rule)
      .map((finding) => [finding.resource.id, finding.status]),
  );

describe('TLS enforcement: denied reads never PASS', () => {
  it('with nothing denied, both rules PASS, and each parameter group is read once, in pages of 100', async () => {
    const scan = await scanFake(compliantAccount());
    expect(statusOf(scan.findings, 'rds-enforces-tls')).toEqual({
      [db('orders')]: 'PASS',
      [db('billing')]: 'PASS',
      [CLUSTER]: 'PASS',
      [db('aurora-1')]: 'NOT_APPLICABLE',
    });
    expect(statusOf(scan.findings, 'efs-enforces-tls')).toEqual({ [FS]: 'PASS' });
    const count = (action: string) => scan.fake.calls.filter((call) => call.action === action).length;
    // 151 parameters: two pages for the one shared group, none for the member's default group.
    expect(count('rds:DescribeDBParameters')).toBe(2);
    expect(count('rds:DescribeDBClusterParameters')).toBe(2);
  }, 60_000);

  it.each(CASES)(
    '$deny',
    async ({ deny, rule, ids }) => {
      const faults: FaultRule[] = [{ action: deny, kind: 'AccessDenied' }];
      const scan = await scanFake(compliantAccount(), { faults, live: { maxAttempts: 1 } });
      const findings = scan.findings.filter(
        (finding) => ids.includes(finding.resource.id) && finding.ruleId === rule,
      );
      expect(findings.map((finding) => finding.resource.id).sort()).toEqual([...ids].sort());
      for (const finding of findings) {
        expect(finding.status, finding.message).toBe('UNKNOWN');
        expect(finding.message).toMatch(/AccessDenied|not authorized/i);
      }
      expect(scan.incompleteExit).toBe(3);
    },
    60_000,
  );
});
