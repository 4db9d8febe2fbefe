/**
 * Snapshot rules over the loopback account (live only: snapshots are not declared in templates).
 * One scan; each case reads the finding of one snapshot.
 */
import type { DBClusterSnapshot, DBSnapshot } from '@aws-sdk/client-rds';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Status } from '../../../src/engine/finding.js';
import { emptyAccount, type FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from '../../sources/live/helpers.js';

const ACCOUNT = '111122223333';
const snapshotArn = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:${id}`;
const clusterArn = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:${id}`;

const snapshot = (id: string, fields: Partial<DBSnapshot>): DBSnapshot => ({
  DBSnapshotIdentifier: id,
  DBSnapshotArn: snapshotArn(id),
  DBInstanceIdentifier: 'payments-db',
  Engine: 'postgres',
  SnapshotType: 'manual',
  Status: 'available',
  Encrypted: true,
  ...fields,
});

const clusterSnapshot = (id: string, fields: Partial<DBClusterSnapshot>): DBClusterSnapshot => ({
  DBClusterSnapshotIdentifier: id,
  DBClusterSnapshotArn: clusterArn(id),
  DBClusterIdentifier: 'graph',
  Engine: 'neptune',
  SnapshotType: 'manual',
  Status: 'available',
  StorageEncrypted: true,
  ...fields,
});

function account() {
  const fake = emptyAccount({ accountId: ACCOUNT, enabledRegions: ['us-east-1'] });
  fake.regions['us-east-1'] = {
    rds: {
      snapshots: [
        snapshot('sealed', {}),
        snapshot('plain', { Encrypted: false }),
        snapshot('shared-with-all', {}),
        snapshot('nightly', { SnapshotType: 'automated' }),
        snapshot('untyped', { SnapshotType: undefined, Encrypted: undefined }),
      ],
      clusterSnapshots: [
        clusterSnapshot('graph-plain', { StorageEncrypted: false }),
        clusterSnapshot('graph-sealed', {}),
      ],
      publicSnapshots: ['shared-with-all'],
    },
  };
  return fake;
}

const cases: [string, string, string, Status][] = [
  ['an encrypted snapshot', 'db-snapshots-encrypted', snapshotArn('sealed'), 'PASS'],
  ['an unencrypted snapshot', 'db-snapshots-encrypted', snapshotArn('plain'), 'FAIL'],
  ['Encrypted not returned', 'db-snapshots-encrypted', snapshotArn('untyped'), 'UNKNOWN'],
  ['an unencrypted Neptune cluster snapshot', 'db-snapshots-encrypted', clusterArn('graph-plain'), 'FAIL'],
  ['an encrypted Neptune cluster snapshot', 'db-snapshots-encrypted', clusterArn('graph-sealed'), 'PASS'],
  ['a snapshot restorable by all', 'db-snapshots-not-public', snapshotArn('shared-with-all'), 'FAIL'],
  ['a private manual snapshot', 'db-snapshots-not-public', snapshotArn('sealed'), 'PASS'],
  ['an automated snapshot', 'db-snapshots-not-public', snapshotArn('nightly'), 'NOT_APPLICABLE'],
  ['a cluster snapshot shared with nobody', 'db-snapshots-not-public', clusterArn('graph-plain'), 'PASS'],
];

function findingOf(findings: Finding[], ruleId: string, id: string): Finding {
  const found = findings.find((finding) => finding.ruleId === ruleId && finding.resource.id === id);
  if (!found) throw new Error(`no ${ruleId} finding for ${id}`);
  return found;
}

describe('snapshot rules on a live account', () => {
  let findings: Finding[] = [];
  beforeAll(async () => {
    findings = (await scanFake(account())).findings;
  }, 60_000);

  it.each(cases)('%s: %s', (_name, ruleId, id, status) => {
    const finding = findingOf(findings, ruleId, id);
    expect(finding.status, finding.message).toBe(status);
  });
});

describe('snapshot attribute calls denied', () => {
  it('makes db-snapshots-not-public UNKNOWN for manual snapshots, never PASS', async () => {
    const faults: FaultRule[] = [
      { action: 'rds:DescribeDBSnapshotAttributes', kind: 'AccessDenied' },
      { action: 'rds:DescribeDBClusterSnapshotAttributes', kind: 'AccessDenied' },
    ];
    const scan = await scanFake(account(), { faults, live: { maxAttempts: 1 } });
    for (const id of [snapshotArn('sealed'), snapshotArn('shared-with-all'), clusterArn('graph-sealed')]) {
      const finding = findingOf(scan.findings, 'db-snapshots-not-public', id);
      expect(finding.status, finding.message).toBe('UNKNOWN');
      expect(finding.message).toMatch(/SnapshotAttributes|AccessDenied|not authorized/);
    }
    expect(findingOf(scan.findings, 'db-snapshots-encrypted', snapshotArn('sealed')).status).toBe('PASS');
    expect(scan.incompleteExit).toBe(3);
  }, 60_000);

  it('a denied DescribeDBSnapshots is a gap: no snapshot rule PASSes', async () => {
    const faults: FaultRule[] = [{ action: 'rds:DescribeDBSnapshots', kind: 'AccessDenied' }];
    const scan = await scanFake(account(), { faults, live: { maxAttempts: 1 } });
    const instanceSnapshots = scan.findings.filter(
      (finding) => finding.ruleId.startsWith('db-snapshots-') && finding.resource.id.includes(':snapshot:'),
    );
    expect(instanceSnapshots.filter((finding) => finding.status === 'PASS')).toEqual([]);
    expect(
      scan.findings.some(
        (finding) => finding.ruleId === 'db-snapshots-encrypted' && finding.status === 'UNKNOWN',
      ),
    ).toBe(true);
  }, 60_000);
});
