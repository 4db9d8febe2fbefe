import { ruleCases } from '../../support/rule-cases.js';

/** A trail with extra properties, delivering to a template bucket (with or without access logs). */
const trail = (properties: string, bucketProperties = '') => `
Parameters:
  Mode: { Type: String }
  ExternalBucket: { Type: String }
Resources:
  TrailBucket:
    Type: AWS::S3::Bucket${bucketProperties ? `\n    Properties: { ${bucketProperties} }` : ''}
  TrailLogs:
    Type: AWS::Logs::LogGroup
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      IsMultiRegionTrail: true
      S3BucketName: !Ref TrailBucket
${properties
  .trim()
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}`;

ruleCases('cloudtrail-cloudwatch-logs', {
  pass: [
    {
      name: 'delivers to a log group',
      resource: 'Trail',
      template: trail(`
CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/trail-to-logs`),
    },
  ],
  fail: [{ name: 'S3 only', resource: 'Trail', template: trail('EnableLogFileValidation: true') }],
  unknown: [
    {
      name: 'log group only under an undecided condition',
      resource: 'Trail',
      template: trail(`
CloudWatchLogsLogGroupArn: !If [Prod, !GetAtt TrailLogs.Arn, !Ref AWS::NoValue]`).replace(
        'Resources:',
        'Conditions:\n  Prod: !Equals [!Ref Mode, prod]\nResources:',
      ),
    },
  ],
});

const S3_ALL_ADVANCED = `
AdvancedEventSelectors:
  - FieldSelectors:
      - { Field: eventCategory, Equals: [Management] }
  - FieldSelectors:
      - { Field: eventCategory, Equals: [Data] }
      - { Field: resources.type, Equals: ['AWS::S3::Object'] }`;

ruleCases('cloudtrail-s3-data-events', {
  pass: [
    { name: 'advanced selector for every S3 object', resource: 'Trail', template: trail(S3_ALL_ADVANCED) },
    {
      name: 'basic selector for all buckets',
      resource: 'Trail',
      template: trail(`
EventSelectors:
  - ReadWriteType: All
    DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }]`),
    },
  ],
  fail: [
    { name: 'management events only', resource: 'Trail', template: trail('EnableLogFileValidation: true') },
    {
      name: 'write events only',
      resource: 'Trail',
      message: 'read events not recorded',
      template: trail(`
AdvancedEventSelectors:
  - FieldSelectors:
      - { Field: eventCategory, Equals: [Data] }
      - { Field: resources.type, Equals: ['AWS::S3::Object'] }
      - { Field: readOnly, Equals: ['false'] }`),
    },
    {
      name: 'one bucket only',
      resource: 'Trail',
      message: 'some resources only',
      template: trail(`
EventSelectors:
  - ReadWriteType: All
    DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::payments/'] }]`),
    },
    {
      name: 'advanced selector narrowed by ARN',
      resource: 'Trail',
      template: trail(`
AdvancedEventSelectors:
  - FieldSelectors:
      - { Field: eventCategory, Equals: [Data] }
      - { Field: resources.type, Equals: ['AWS::S3::Object'] }
      - { Field: resources.ARN, StartsWith: ['arn:aws:s3:::payments/'] }`),
    },
  ],
  unknown: [
    {
      name: 'ReadWriteType from a parameter',
      resource: 'Trail',
      template: trail(`
EventSelectors:
  - ReadWriteType: !Ref Mode
    DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }]`),
    },
  ],
  notApplicable: [
    {
      name: 'another multi-region trail of the template records them',
      resource: 'Trail',
      template: `${trail('EnableLogFileValidation: true')}
  DataTrail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      IsMultiRegionTrail: true
      S3BucketName: !Ref TrailBucket
${S3_ALL_ADVANCED.trim()
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}`,
    },
  ],
});

ruleCases('cloudtrail-lambda-data-events', {
  pass: [
    {
      name: 'basic selector for all functions, write only (Invoke is a write event)',
      resource: 'Trail',
      template: trail(`
EventSelectors:
  - ReadWriteType: WriteOnly
    DataResources: [{ Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] }]`),
    },
  ],
  fail: [
    { name: 'S3 data events only', resource: 'Trail', template: trail(S3_ALL_ADVANCED) },
    {
      name: 'read-only Lambda events miss Invoke',
      resource: 'Trail',
      template: trail(`
EventSelectors:
  - ReadWriteType: ReadOnly
    DataResources: [{ Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] }]`),
    },
  ],
  unknown: [
    {
      name: 'resources.type from a parameter',
      resource: 'Trail',
      template: trail(`
AdvancedEventSelectors:
  - FieldSelectors:
      - { Field: eventCategory, Equals: [Data] }
      - { Field: resources.type, Equals: [!Ref Mode] }`),
    },
  ],
});

ruleCases('cloudtrail-bucket-access-logging', {
  pass: [
    {
      name: 'the trail bucket logs its accesses',
      resource: 'Trail',
      template: trail(
        'EnableLogFileValidation: true',
        'LoggingConfiguration: { DestinationBucketName: access-logs }',
      ),
    },
  ],
  fail: [
    {
      name: 'the trail bucket has no access logging',
      resource: 'Trail',
      template: trail('EnableLogFileValidation: true'),
    },
  ],
  unknown: [
    {
      name: 'the bucket is not in the template',
      resource: 'Trail',
      template: trail('EnableLogFileValidation: true').replace(
        'S3BucketName: !Ref TrailBucket',
        'S3BucketName: central-trail-logs',
      ),
      message: 'not in the scanned inventory',
    },
    {
      name: 'the bucket name is a parameter',
      resource: 'Trail',
      template: trail('EnableLogFileValidation: true').replace(
        'S3BucketName: !Ref TrailBucket',
        'S3BucketName: !Ref ExternalBucket',
      ),
    },
  ],
});

const SECURE = `
EnableLogFileValidation: true
KMSKeyId: arn:aws:kms:us-east-1:111122223333:key/trail`;

ruleCases('cloudtrail-security-trail', {
  pass: [
    { name: 'multi-region, logging, validated and encrypted', resource: 'Trail', template: trail(SECURE) },
  ],
  fail: [
    {
      name: 'not encrypted',
      resource: 'Trail',
      template: trail('EnableLogFileValidation: true'),
      message: 'no KMS encryption',
    },
  ],
  unknown: [
    {
      name: 'validation from a parameter',
      resource: 'Trail',
      template: trail(
        'EnableLogFileValidation: !Ref Mode\nKMSKeyId: arn:aws:kms:us-east-1:111122223333:key/trail',
      ),
    },
  ],
  notApplicable: [
    {
      name: 'another trail of the template meets the baseline',
      resource: 'Trail',
      template: `${trail('EnableLogFileValidation: true')}
  SecureTrail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      IsMultiRegionTrail: true
      S3BucketName: !Ref TrailBucket
      EnableLogFileValidation: true
      KMSKeyId: arn:aws:kms:us-east-1:111122223333:key/trail`,
    },
  ],
});
