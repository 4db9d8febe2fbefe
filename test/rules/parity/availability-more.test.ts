/**
 * Recovery settings: S3 cross-region replication, AWS Backup plans with rules and Kinesis
 * retention give the same verdict from a template and from the loopback AWS.
 */
import type { FakeAccount, FakeBucket, FakeRegion } from '../../support/aws-server/index.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const ARN = `${PARITY_REGION}:${PARITY_ACCOUNT}`;
const region = (account: FakeAccount): FakeRegion => (account.regions[PARITY_REGION] ??= {});
const ROLE = `arn:aws:iam::${PARITY_ACCOUNT}:role/s3-replication`;

function addBucket(account: FakeAccount, name: string, fields: Partial<FakeBucket> = {}): void {
  (account.s3 ??= { buckets: [] }).buckets.push({
    name,
    region: PARITY_REGION,
    creationDate: new Date('2026-01-01T00:00:00Z'),
    versioning: { Status: 'Enabled' },
    ...fields,
  });
}

const replicateTo = (destinationArn: string) => ({
  Role: ROLE,
  Rules: [{ ID: 'all', Status: 'Enabled' as const, Prefix: '', Destination: { Bucket: destinationArn } }],
});

const VERSIONED = { VersioningConfiguration: { Status: 'Enabled' } };

parityCases('s3-cross-region-replication', [
  {
    name: 'a bucket without replication',
    status: 'FAIL',
    template: {
      logicalId: 'Single',
      resources: { Single: { Type: 'AWS::S3::Bucket', Properties: VERSIONED } },
    },
    live: { id: 'single-copy', add: (account) => addBucket(account, 'single-copy') },
  },
  {
    name: 'replication to a bucket in the same region',
    status: 'FAIL',
    template: {
      logicalId: 'Neighbour',
      resources: {
        Neighbour: {
          Type: 'AWS::S3::Bucket',
          Properties: {
            ...VERSIONED,
            ReplicationConfiguration: {
              Role: ROLE,
              Rules: [{ Status: 'Enabled', Destination: { Bucket: { 'Fn::GetAtt': ['NextDoor', 'Arn'] } } }],
            },
          },
        },
        NextDoor: { Type: 'AWS::S3::Bucket', Properties: VERSIONED },
      },
    },
    live: {
      id: 'neighbour',
      add: (account) => {
        addBucket(account, 'next-door');
        addBucket(account, 'neighbour', { replication: replicateTo('arn:aws:s3:::next-door') });
      },
    },
  },
  {
    name: 'replication to a bucket outside the scan (its region unknown)',
    status: 'UNKNOWN',
    template: {
      logicalId: 'Exported',
      resources: {
        Exported: {
          Type: 'AWS::S3::Bucket',
          Properties: {
            ...VERSIONED,
            ReplicationConfiguration: {
              Role: ROLE,
              Rules: [{ Status: 'Enabled', Destination: { Bucket: 'arn:aws:s3:::central-dr-copies' } }],
            },
          },
        },
      },
    },
    live: {
      id: 'exported',
      add: (account) =>
        addBucket(account, 'exported', { replication: replicateTo('arn:aws:s3:::central-dr-copies') }),
    },
  },
]);

const PLAN_ARN = (id: string) => `arn:aws:backup:${ARN}:backup-plan:${id}`;

function addPlan(account: FakeAccount, id: string, rules: number): void {
  ((region(account).backup ??= {}).plans ??= []).push({
    summary: { BackupPlanId: id, BackupPlanArn: PLAN_ARN(id), BackupPlanName: id },
    plan: {
      BackupPlanName: id,
      Rules: Array.from({ length: rules }, (_, index) => ({
        RuleName: `rule-${index}`,
        TargetBackupVaultName: 'vault',
        Lifecycle: { DeleteAfterDays: 35 },
      })),
    },
  });
}

const planTemplate = (rules: number) => ({
  Type: 'AWS::Backup::BackupPlan',
  Properties: {
    BackupPlan: {
      BackupPlanName: 'plan',
      BackupPlanRule: Array.from({ length: rules }, (_, index) => ({
        RuleName: `rule-${index}`,
        TargetBackupVaultName: 'vault',
        Lifecycle: { DeleteAfterDays: 35 },
      })),
    },
  },
});

parityCases('backup-plan-exists', [
  {
    name: 'a plan with a daily rule',
    status: 'PASS',
    template: { logicalId: 'Daily', resources: { Daily: planTemplate(1) } },
    live: { id: PLAN_ARN('daily'), add: (account) => addPlan(account, 'daily', 1) },
  },
  {
    name: 'a plan without rules',
    status: 'FAIL',
    template: { logicalId: 'Empty', resources: { Empty: planTemplate(0) } },
    live: { id: PLAN_ARN('empty'), add: (account) => addPlan(account, 'empty', 0) },
  },
]);

const STREAM_ARN = (name: string) => `arn:aws:kinesis:${ARN}:stream/${name}`;

function addStream(account: FakeAccount, name: string, hours: number): void {
  (region(account).kinesis ??= { streams: [] }).streams.push({
    StreamName: name,
    StreamARN: STREAM_ARN(name),
    StreamStatus: 'ACTIVE',
    RetentionPeriodHours: hours,
    StreamCreationTimestamp: new Date('2026-01-01T00:00:00Z'),
    EnhancedMonitoring: [],
    OpenShardCount: 1,
    EncryptionType: 'NONE',
  });
}

parityCases('kinesis-stream-retention', [
  {
    name: 'the default 24 hours',
    status: 'FAIL',
    template: {
      logicalId: 'Brief',
      resources: { Brief: { Type: 'AWS::Kinesis::Stream', Properties: { ShardCount: 1 } } },
    },
    live: { id: STREAM_ARN('brief'), add: (account) => addStream(account, 'brief', 24) },
  },
  {
    name: 'seven days',
    status: 'PASS',
    template: {
      logicalId: 'Week',
      resources: {
        Week: { Type: 'AWS::Kinesis::Stream', Properties: { ShardCount: 1, RetentionPeriodHours: 168 } },
      },
    },
    live: { id: STREAM_ARN('week'), add: (account) => addStream(account, 'week', 168) },
  },
]);
