/**
 * The CloudTrail trail settings (multi-region, log file validation, KMS, logging, the security
 * baseline, Lambda data events, the trail bucket's access logging) read the same from a template
 * and from the loopback AWS. Rules that excuse a trail covered by another trail of the account get
 * one call (one live account) per verdict, so a passing trail never hides a failing one.
 */
import type { FakeAccount, FakeBucket, FakeTrail } from '../../support/aws-server/index.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const TRAIL_ARN = (name: string) => `arn:aws:cloudtrail:${PARITY_REGION}:${PARITY_ACCOUNT}:trail/${name}`;
const KEY_ARN = `arn:aws:kms:${PARITY_REGION}:${PARITY_ACCOUNT}:key/0b9a8c7d-1111-2222-3333-444455556666`;

interface TrailShape {
  multiRegion?: boolean;
  validation?: boolean;
  kmsKey?: string;
  logging?: boolean;
  bucket?: string;
  /** Basic event selectors, as both CloudFormation and GetEventSelectors spell them. */
  eventSelectors?: FakeTrail['eventSelectors'];
  advancedEventSelectors?: FakeTrail['advancedEventSelectors'];
}

function addTrail(account: FakeAccount, name: string, shape: TrailShape = {}): void {
  const cloudtrail = ((account.regions[PARITY_REGION] ??= {}).cloudtrail ??= { trails: [] });
  cloudtrail.trails.push({
    trail: {
      Name: name,
      TrailARN: TRAIL_ARN(name),
      HomeRegion: PARITY_REGION,
      S3BucketName: shape.bucket ?? 'trail-logs',
      IsMultiRegionTrail: shape.multiRegion ?? false,
      IncludeGlobalServiceEvents: true,
      LogFileValidationEnabled: shape.validation ?? false,
      ...(shape.kmsKey ? { KmsKeyId: shape.kmsKey } : {}),
    },
    status: { IsLogging: shape.logging ?? true },
    ...(shape.eventSelectors ? { eventSelectors: shape.eventSelectors } : {}),
    ...(shape.advancedEventSelectors ? { advancedEventSelectors: shape.advancedEventSelectors } : {}),
  });
}

function trailResource(shape: TrailShape = {}) {
  return {
    Type: 'AWS::CloudTrail::Trail',
    Properties: {
      IsLogging: shape.logging ?? true,
      S3BucketName: shape.bucket ?? 'trail-logs',
      ...(shape.multiRegion !== undefined ? { IsMultiRegionTrail: shape.multiRegion } : {}),
      ...(shape.validation !== undefined ? { EnableLogFileValidation: shape.validation } : {}),
      ...(shape.kmsKey ? { KMSKeyId: shape.kmsKey } : {}),
      ...(shape.eventSelectors ? { EventSelectors: shape.eventSelectors } : {}),
      ...(shape.advancedEventSelectors ? { AdvancedEventSelectors: shape.advancedEventSelectors } : {}),
    },
  };
}

const trailTemplate = (logicalId: string, shape: TrailShape = {}, extra: Record<string, unknown> = {}) => ({
  logicalId,
  resources: { [logicalId]: trailResource(shape), ...extra },
});

/** One case: the same trail shape in a template and in the account. */
function trailCase(
  name: string,
  status: 'PASS' | 'FAIL' | 'UNKNOWN' | 'NOT_APPLICABLE',
  logicalId: string,
  liveName: string,
  shape: TrailShape = {},
  message?: string,
) {
  return {
    name,
    status,
    message,
    template: trailTemplate(logicalId, shape),
    live: { id: TRAIL_ARN(liveName), add: (account: FakeAccount) => addTrail(account, liveName, shape) },
  } as const;
}

const BASELINE: TrailShape = { multiRegion: true, validation: true, kmsKey: KEY_ARN, logging: true };
const WRITE_ONLY = [{ ReadWriteType: 'WriteOnly' as const, IncludeManagementEvents: true }];

parityCases('cloudtrail-multi-region', [
  trailCase('a single-region trail (CloudFormation default)', 'FAIL', 'Regional', 'regional'),
  trailCase(
    'a multi-region trail recording write management events only',
    'FAIL',
    'WritesOnly',
    'writes-only',
    {
      multiRegion: true,
      eventSelectors: WRITE_ONLY,
    },
  ),
]);

/** An advanced selector for management events, narrowed by `eventSource` (and `readOnly`) field selectors. */
function managementSelector(
  eventSource?: Record<string, string[]>,
  readOnly?: 'true' | 'false',
): NonNullable<TrailShape['advancedEventSelectors']> {
  return [
    {
      Name: 'Management events selector',
      FieldSelectors: [
        { Field: 'eventCategory', Equals: ['Management'] },
        ...(eventSource ? [{ Field: 'eventSource', ...eventSource }] : []),
        ...(readOnly ? [{ Field: 'readOnly', Equals: [readOnly] }] : []),
      ],
    },
  ];
}

// Narrowed selectors: each records only part of the management events, so none may PASS as recording them all
// (AWS Config multi-region-cloudtrail-enabled, behind Security Hub CloudTrail.1, is NON_COMPLIANT for the exclusions too).
parityCases('cloudtrail-multi-region', [
  trailCase(
    'management events except KMS (the console "Exclude AWS KMS events")',
    'FAIL',
    'NoKms',
    'no-kms',
    { multiRegion: true, advancedEventSelectors: managementSelector({ NotEquals: ['kms.amazonaws.com'] }) },
    'narrow them by event source to management events (read and write) except from kms.amazonaws.com',
  ),
  trailCase(
    'a basic selector excluding RDS Data API events',
    'FAIL',
    'NoRdsData',
    'no-rds-data',
    {
      multiRegion: true,
      eventSelectors: [
        {
          ReadWriteType: 'All',
          IncludeManagementEvents: true,
          ExcludeManagementEventSources: ['rdsdata.amazonaws.com'],
        },
      ],
    },
    'except from rdsdata.amazonaws.com',
  ),
  trailCase(
    'management events of IAM only',
    'FAIL',
    'IamOnly',
    'iam-only',
    { multiRegion: true, advancedEventSelectors: managementSelector({ Equals: ['iam.amazonaws.com'] }) },
    'only from iam.amazonaws.com',
  ),
  trailCase(
    'management events of sources starting with "iam"',
    'FAIL',
    'IamPrefix',
    'iam-prefix',
    { multiRegion: true, advancedEventSelectors: managementSelector({ StartsWith: ['iam'] }) },
    'only from sources starting with iam',
  ),
  trailCase(
    'read-only management events (advanced readOnly = true)',
    'FAIL',
    'ReadsOnly',
    'reads-only',
    { multiRegion: true, advancedEventSelectors: managementSelector(undefined, 'true') },
    'only read-only management events',
  ),
  trailCase(
    'write events except KMS',
    'FAIL',
    'WritesNoKms',
    'writes-no-kms',
    {
      multiRegion: true,
      advancedEventSelectors: managementSelector({ NotEquals: ['kms.amazonaws.com'] }, 'false'),
    },
    'read management events from no event source; write management events except from kms.amazonaws.com',
  ),
]);

parityCases('cloudtrail-multi-region', [
  trailCase('a multi-region trail with the default selectors', 'PASS', 'Everywhere', 'everywhere', {
    multiRegion: true,
  }),
  trailCase(
    'a multi-region trail with an advanced selector for management events',
    'PASS',
    'Advanced',
    'advanced',
    {
      multiRegion: true,
      advancedEventSelectors: [
        { Name: 'management', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
      ],
    },
  ),
]);

parityCases('cloudtrail-log-validation', [
  trailCase('no log file validation (CloudFormation default)', 'FAIL', 'Unvalidated', 'unvalidated'),
  trailCase('log file validation on', 'PASS', 'Validated', 'validated', { validation: true }),
]);

parityCases('cloudtrail-encrypted-kms', [
  trailCase('SSE-S3 only', 'FAIL', 'S3Managed', 's3-managed'),
  trailCase('a customer KMS key', 'PASS', 'KmsEncrypted', 'kms-encrypted', { kmsKey: KEY_ARN }),
]);

parityCases('cloudtrail-logging', [
  trailCase('logging stopped', 'FAIL', 'Stopped', 'stopped', { logging: false }),
  trailCase('logging', 'PASS', 'Recording', 'recording', { logging: true }),
]);

parityCases('cloudtrail-security-trail', [
  trailCase('a single-region trail without validation or KMS', 'FAIL', 'Partial', 'partial'),
  trailCase(
    'the full baseline but KMS events excluded',
    'FAIL',
    'NoKmsBaseline',
    'no-kms-baseline',
    { ...BASELINE, advancedEventSelectors: managementSelector({ NotEquals: ['kms.amazonaws.com'] }) },
    'not every management event is recorded (it records management events (read and write) except from kms.amazonaws.com)',
  ),
  trailCase('the full baseline but write management events only', 'FAIL', 'WriteBaseline', 'write-baseline', {
    ...BASELINE,
    eventSelectors: WRITE_ONLY,
  }),
]);

parityCases('cloudtrail-security-trail', [
  trailCase(
    'logging, multi-region, every management event, validation and KMS',
    'PASS',
    'Baseline',
    'baseline',
    BASELINE,
  ),
]);

const LAMBDA_ADVANCED = [
  {
    FieldSelectors: [
      { Field: 'eventCategory', Equals: ['Data'] },
      { Field: 'resources.type', Equals: ['AWS::Lambda::Function'] },
    ],
  },
];

parityCases('cloudtrail-lambda-data-events', [
  trailCase('management events only (single-region: it covers no other trail)', 'FAIL', 'NoData', 'no-data'),
  trailCase('an advanced selector for every Lambda function', 'PASS', 'Invocations', 'invocations', {
    advancedEventSelectors: LAMBDA_ADVANCED,
  }),
  trailCase('a basic selector for every Lambda function', 'PASS', 'BasicInvocations', 'basic-invocations', {
    eventSelectors: [
      {
        ReadWriteType: 'All',
        IncludeManagementEvents: true,
        DataResources: [{ Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] }],
      },
    ],
  }),
  trailCase('a basic selector for one function only', 'FAIL', 'OneFunction', 'one-function', {
    eventSelectors: [
      {
        ReadWriteType: 'All',
        IncludeManagementEvents: true,
        DataResources: [
          {
            Type: 'AWS::Lambda::Function',
            Values: [`arn:aws:lambda:${PARITY_REGION}:${PARITY_ACCOUNT}:function:payments`],
          },
        ],
      },
    ],
  }),
]);

function addBucket(account: FakeAccount, name: string, fields: Partial<FakeBucket> = {}): void {
  const s3 = (account.s3 ??= { buckets: [] });
  s3.buckets.push({ name, region: PARITY_REGION, creationDate: new Date('2026-01-01T00:00:00Z'), ...fields });
}

parityCases('cloudtrail-bucket-access-logging', [
  {
    name: 'the trail bucket has no server access logging',
    status: 'FAIL',
    template: trailTemplate(
      'ToQuietBucket',
      { bucket: 'quiet-trail-logs' },
      { QuietBucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'quiet-trail-logs' } } },
    ),
    live: {
      id: TRAIL_ARN('to-quiet-bucket'),
      add: (account) => {
        addBucket(account, 'quiet-trail-logs');
        addTrail(account, 'to-quiet-bucket', { bucket: 'quiet-trail-logs' });
      },
    },
  },
  {
    name: 'the trail bucket logs its access',
    status: 'PASS',
    template: trailTemplate(
      'ToLoggedBucket',
      { bucket: 'logged-trail-logs' },
      {
        LoggedBucket: {
          Type: 'AWS::S3::Bucket',
          Properties: {
            BucketName: 'logged-trail-logs',
            LoggingConfiguration: { DestinationBucketName: 'access-logs', LogFilePrefix: 'trail/' },
          },
        },
      },
    ),
    live: {
      id: TRAIL_ARN('to-logged-bucket'),
      add: (account) => {
        addBucket(account, 'logged-trail-logs', {
          logging: { TargetBucket: 'access-logs', TargetPrefix: 'trail/' },
        });
        addTrail(account, 'to-logged-bucket', { bucket: 'logged-trail-logs' });
      },
    },
  },
  {
    name: 'the trail bucket is not in the scanned inventory',
    status: 'UNKNOWN',
    template: trailTemplate('ToForeignBucket', { bucket: 'central-audit-logs' }),
    live: {
      id: TRAIL_ARN('to-foreign-bucket'),
      add: (account) => addTrail(account, 'to-foreign-bucket', { bucket: 'central-audit-logs' }),
    },
  },
]);
