/**
 * The catalogue's S3, DynamoDB, EFS, CloudWatch Logs and CloudTrail settings:
 * the same shape written in a template and served by the loopback AWS gives
 * the same verdict.
 */
import type { FakeAccount, FakeBucket } from '../../support/aws-server/index.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const region = (account: FakeAccount) => (account.regions[PARITY_REGION] ??= {});

function addBucket(account: FakeAccount, name: string, fields: Partial<FakeBucket> = {}): void {
  const s3 = (account.s3 ??= { buckets: [] });
  s3.buckets.push({ name, region: PARITY_REGION, creationDate: new Date('2026-01-01T00:00:00Z'), ...fields });
}

const bucketTemplate = (logicalId: string, properties: Record<string, unknown> = {}, extra = {}) => ({
  logicalId,
  resources: { [logicalId]: { Type: 'AWS::S3::Bucket', Properties: properties }, ...extra },
});

parityCases('s3-versioning-enabled', [
  {
    name: 'a bucket never versioned',
    status: 'FAIL',
    template: bucketTemplate('Plain'),
    live: { id: 'plain-bucket', add: (account) => addBucket(account, 'plain-bucket') },
  },
  {
    name: 'a versioned bucket',
    status: 'PASS',
    template: bucketTemplate('Versioned', { VersioningConfiguration: { Status: 'Enabled' } }),
    live: {
      id: 'versioned-bucket',
      add: (account) => addBucket(account, 'versioned-bucket', { versioning: { Status: 'Enabled' } }),
    },
  },
  {
    name: 'suspended versioning',
    status: 'FAIL',
    template: bucketTemplate('Suspended', { VersioningConfiguration: { Status: 'Suspended' } }),
    live: {
      id: 'suspended-bucket',
      add: (account) =>
        addBucket(account, 'suspended-bucket', {
          versioning: { Status: 'Suspended', MFADelete: 'Disabled' },
        }),
    },
  },
]);

parityCases('s3-access-logging', [
  {
    name: 'no server access logging',
    status: 'FAIL',
    template: bucketTemplate('Quiet'),
    live: { id: 'quiet-bucket', add: (account) => addBucket(account, 'quiet-bucket') },
  },
  {
    name: 'access logs to a log bucket',
    status: 'PASS',
    template: bucketTemplate('Logged', { LoggingConfiguration: { DestinationBucketName: 'access-logs' } }),
    live: {
      id: 'logged-bucket',
      add: (account) =>
        addBucket(account, 'logged-bucket', {
          logging: { TargetBucket: 'access-logs', TargetPrefix: 'logged/' },
        }),
    },
  },
]);

const DENY_HTTP = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::tls-bucket', 'arn:aws:s3:::tls-bucket/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};

parityCases('s3-bucket-enforces-tls', [
  {
    name: 'no bucket policy',
    status: 'FAIL',
    template: bucketTemplate('Open'),
    live: { id: 'open-bucket', add: (account) => addBucket(account, 'open-bucket') },
  },
  {
    name: 'a policy denying plain HTTP',
    status: 'PASS',
    template: bucketTemplate(
      'Tls',
      {},
      {
        TlsPolicy: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: { Bucket: { Ref: 'Tls' }, PolicyDocument: DENY_HTTP },
        },
      },
    ),
    live: {
      id: 'tls-bucket',
      add: (account) => addBucket(account, 'tls-bucket', { policy: JSON.stringify(DENY_HTTP) }),
    },
  },
]);

parityCases('s3-lifecycle-configured', [
  {
    name: 'no lifecycle configuration',
    status: 'FAIL',
    template: bucketTemplate('Forever'),
    live: { id: 'forever-bucket', add: (account) => addBucket(account, 'forever-bucket') },
  },
  {
    name: 'an enabled expiration rule',
    status: 'PASS',
    template: bucketTemplate('Expiring', {
      LifecycleConfiguration: { Rules: [{ Id: 'expire', Status: 'Enabled', ExpirationInDays: 365 }] },
    }),
    live: {
      id: 'expiring-bucket',
      add: (account) =>
        addBucket(account, 'expiring-bucket', {
          lifecycleRules: [{ ID: 'expire', Status: 'Enabled', Filter: {}, Expiration: { Days: 365 } }],
        }),
    },
  },
]);

parityCases('s3-object-lock', [
  {
    name: 'created without Object Lock',
    status: 'FAIL',
    template: bucketTemplate('Unlocked'),
    live: { id: 'unlocked-bucket', add: (account) => addBucket(account, 'unlocked-bucket') },
  },
  {
    name: 'Object Lock enabled',
    status: 'PASS',
    template: bucketTemplate('Locked', { ObjectLockEnabled: true }),
    live: {
      id: 'locked-bucket',
      add: (account) => addBucket(account, 'locked-bucket', { objectLock: { ObjectLockEnabled: 'Enabled' } }),
    },
  },
]);

parityCases('s3-event-notifications', [
  {
    name: 'no notifications',
    status: 'FAIL',
    template: bucketTemplate('Silent'),
    live: { id: 'silent-bucket', add: (account) => addBucket(account, 'silent-bucket') },
  },
  {
    name: 'EventBridge notifications',
    status: 'PASS',
    template: bucketTemplate('Eventful', {
      NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } },
    }),
    live: {
      id: 'eventful-bucket',
      add: (account) =>
        addBucket(account, 'eventful-bucket', { notifications: { EventBridgeConfiguration: {} } }),
    },
  },
]);

const TABLE_ID = (name: string) => `arn:aws:dynamodb:${PARITY_REGION}:${PARITY_ACCOUNT}:table/${name}`;

function addTable(account: FakeAccount, name: string, deletionProtection: boolean, pitr: boolean): void {
  const dynamodb = (region(account).dynamodb ??= { tables: [] });
  dynamodb.tables.push({
    TableName: name,
    TableArn: TABLE_ID(name),
    TableStatus: 'ACTIVE',
    DeletionProtectionEnabled: deletionProtection,
  });
  if (pitr) (dynamodb.pitrEnabled ??= []).push(name);
}

const tableTemplate = (logicalId: string, properties: Record<string, unknown> = {}) => ({
  logicalId,
  resources: {
    [logicalId]: {
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
        ...properties,
      },
    },
  },
});

parityCases('dynamodb-point-in-time-recovery', [
  {
    name: 'PITR off',
    status: 'FAIL',
    template: tableTemplate('NoPitr'),
    live: { id: TABLE_ID('no-pitr'), add: (account) => addTable(account, 'no-pitr', false, false) },
  },
  {
    name: 'PITR on',
    status: 'PASS',
    template: tableTemplate('Pitr', {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    }),
    live: { id: TABLE_ID('pitr'), add: (account) => addTable(account, 'pitr', false, true) },
  },
]);

parityCases('dynamodb-deletion-protection', [
  {
    name: 'unprotected',
    status: 'FAIL',
    template: tableTemplate('Unprotected'),
    live: { id: TABLE_ID('unprotected'), add: (account) => addTable(account, 'unprotected', false, false) },
  },
  {
    name: 'protected',
    status: 'PASS',
    template: tableTemplate('Protected', { DeletionProtectionEnabled: true }),
    live: { id: TABLE_ID('protected'), add: (account) => addTable(account, 'protected', true, false) },
  },
]);

const FS_ID = (id: string) =>
  `arn:aws:elasticfilesystem:${PARITY_REGION}:${PARITY_ACCOUNT}:file-system/${id}`;

function addFileSystem(account: FakeAccount, id: string, backups?: 'ENABLED' | 'DISABLED'): void {
  const efs = (region(account).efs ??= { fileSystems: [] });
  efs.fileSystems.push({
    FileSystemId: id,
    FileSystemArn: FS_ID(id),
    Encrypted: true,
    KmsKeyId: `arn:aws:kms:${PARITY_REGION}:${PARITY_ACCOUNT}:key/aws-efs`,
    OwnerId: PARITY_ACCOUNT,
    CreationToken: id,
    CreationTime: new Date('2026-01-01T00:00:00Z'),
    LifeCycleState: 'available',
    NumberOfMountTargets: 0,
    SizeInBytes: { Value: 0 },
    PerformanceMode: 'generalPurpose',
    Tags: [],
  });
  if (backups) (efs.backupPolicies ??= {})[id] = backups;
}

parityCases('efs-automatic-backups', [
  {
    name: 'no backup policy',
    status: 'FAIL',
    template: {
      logicalId: 'Fs',
      resources: { Fs: { Type: 'AWS::EFS::FileSystem', Properties: { Encrypted: true } } },
    },
    live: { id: FS_ID('fs-nobackup'), add: (account) => addFileSystem(account, 'fs-nobackup') },
  },
  {
    name: 'backup policy enabled',
    status: 'PASS',
    template: {
      logicalId: 'Backed',
      resources: {
        Backed: {
          Type: 'AWS::EFS::FileSystem',
          Properties: { Encrypted: true, BackupPolicy: { Status: 'ENABLED' } },
        },
      },
    },
    live: { id: FS_ID('fs-backed'), add: (account) => addFileSystem(account, 'fs-backed', 'ENABLED') },
  },
]);

const GROUP_ARN = (name: string) => `arn:aws:logs:${PARITY_REGION}:${PARITY_ACCOUNT}:log-group:${name}`;

function addLogGroup(account: FakeAccount, name: string, retentionInDays?: number): void {
  const logs = (region(account).logs ??= { logGroups: [] });
  logs.logGroups.push({
    logGroupName: name,
    arn: `${GROUP_ARN(name)}:*`,
    creationTime: 1767225600000,
    ...(retentionInDays === undefined ? {} : { retentionInDays }),
  });
}

parityCases('log-group-retention', [
  {
    name: 'thirty days',
    status: 'FAIL',
    template: {
      logicalId: 'Short',
      resources: { Short: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } } },
    },
    live: { id: GROUP_ARN('short'), add: (account) => addLogGroup(account, 'short', 30) },
  },
  {
    name: 'never expires',
    status: 'PASS',
    template: {
      logicalId: 'Forever',
      resources: { Forever: { Type: 'AWS::Logs::LogGroup', Properties: {} } },
    },
    live: { id: GROUP_ARN('forever'), add: (account) => addLogGroup(account, 'forever') },
  },
]);

const TRAIL_ARN = (name: string) => `arn:aws:cloudtrail:${PARITY_REGION}:${PARITY_ACCOUNT}:trail/${name}`;

function addTrail(
  account: FakeAccount,
  name: string,
  extra: { logGroup?: string; advanced?: boolean } = {},
): void {
  const cloudtrail = (region(account).cloudtrail ??= { trails: [] });
  cloudtrail.trails.push({
    trail: {
      Name: name,
      TrailARN: TRAIL_ARN(name),
      HomeRegion: PARITY_REGION,
      S3BucketName: 'trail-logs',
      IsMultiRegionTrail: false,
      LogFileValidationEnabled: true,
      ...(extra.logGroup ? { CloudWatchLogsLogGroupArn: extra.logGroup } : {}),
    },
    status: { IsLogging: true },
    ...(extra.advanced
      ? {
          advancedEventSelectors: [
            {
              FieldSelectors: [
                { Field: 'eventCategory', Equals: ['Data'] },
                { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
              ],
            },
          ],
        }
      : {}),
  });
}

const trailTemplate = (logicalId: string, properties: Record<string, unknown> = {}) => ({
  logicalId,
  resources: {
    [logicalId]: {
      Type: 'AWS::CloudTrail::Trail',
      Properties: {
        IsLogging: true,
        S3BucketName: 'trail-logs',
        EnableLogFileValidation: true,
        ...properties,
      },
    },
  },
});

parityCases('cloudtrail-cloudwatch-logs', [
  {
    name: 'S3 only',
    status: 'FAIL',
    template: trailTemplate('S3Only'),
    live: { id: TRAIL_ARN('s3-only'), add: (account) => addTrail(account, 's3-only') },
  },
  {
    name: 'delivers to a log group',
    status: 'PASS',
    template: trailTemplate('ToLogs', {
      CloudWatchLogsLogGroupArn: `${GROUP_ARN('trail')}:*`,
      CloudWatchLogsRoleArn: `arn:aws:iam::${PARITY_ACCOUNT}:role/trail-to-logs`,
    }),
    live: {
      id: TRAIL_ARN('to-logs'),
      add: (account) => addTrail(account, 'to-logs', { logGroup: `${GROUP_ARN('trail')}:*` }),
    },
  },
]);

parityCases('cloudtrail-s3-data-events', [
  {
    name: 'management events only (single-region trails: none covers the other)',
    status: 'FAIL',
    template: trailTemplate('ManagementOnly'),
    live: { id: TRAIL_ARN('management-only'), add: (account) => addTrail(account, 'management-only') },
  },
  {
    name: 'an advanced selector for every S3 object',
    status: 'PASS',
    template: trailTemplate('ObjectEvents', {
      AdvancedEventSelectors: [
        {
          FieldSelectors: [
            { Field: 'eventCategory', Equals: ['Data'] },
            { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
          ],
        },
      ],
    }),
    live: {
      id: TRAIL_ARN('object-events'),
      add: (account) => addTrail(account, 'object-events', { advanced: true }),
    },
  },
]);
