import { ruleCases } from '../../support/rule-cases.js';

const bucket = (properties: string) => `
Parameters:
  Flag: { Type: String }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
${properties
  .trim()
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}`;

const PLAIN = `
Resources:
  Bucket:
    Type: AWS::S3::Bucket`;

ruleCases('s3-versioning-enabled', {
  pass: [{ name: 'versioning enabled', template: bucket('VersioningConfiguration: { Status: Enabled }') }],
  fail: [
    { name: 'a new bucket without versioning', template: PLAIN, message: 'never enabled' },
    {
      name: 'versioning suspended',
      template: bucket('VersioningConfiguration: { Status: Suspended }'),
      message: 'suspended',
    },
  ],
  unknown: [
    { name: 'status from a parameter', template: bucket('VersioningConfiguration: { Status: !Ref Flag }') },
  ],
});

ruleCases('s3-object-lock', {
  pass: [{ name: 'Object Lock enabled', template: bucket('ObjectLockEnabled: true') }],
  fail: [{ name: 'a new bucket has no Object Lock', template: PLAIN }],
  unknown: [{ name: 'flag from a parameter', template: bucket('ObjectLockEnabled: !Ref Flag') }],
});

ruleCases('s3-lifecycle-configured', {
  pass: [
    {
      name: 'an enabled expiration rule',
      template: bucket('LifecycleConfiguration: { Rules: [{ Status: Enabled, ExpirationInDays: 365 }] }'),
    },
  ],
  fail: [
    { name: 'no lifecycle configuration', template: PLAIN, message: 'no lifecycle' },
    {
      name: 'every rule disabled',
      template: bucket('LifecycleConfiguration: { Rules: [{ Status: Disabled, ExpirationInDays: 30 }] }'),
      message: 'disabled',
    },
  ],
  unknown: [
    {
      name: 'rule status from a parameter',
      template: bucket('LifecycleConfiguration: { Rules: [{ Status: !Ref Flag, ExpirationInDays: 30 }] }'),
    },
  ],
});

const REPLICA = (region: string) => `
Resources:
  Source:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: { Status: Enabled }
      ReplicationConfiguration:
        Role: arn:aws:iam::111122223333:role/replication
        Rules:
          - Status: Enabled
            Destination: { Bucket: !GetAtt Replica.Arn }
  Replica:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: replica-${region}`;

ruleCases('s3-cross-region-replication', {
  fail: [
    { name: 'no replication configuration', template: PLAIN, message: 'no replication' },
    {
      name: 'the only rule is disabled',
      template: bucket(`
ReplicationConfiguration:
  Role: arn:aws:iam::111122223333:role/replication
  Rules: [{ Status: Disabled, Destination: { Bucket: arn:aws:s3:::elsewhere } }]`),
    },
    {
      // A template's buckets share the stack's region: replicating into the same stack stays in-region.
      name: 'replication to a bucket of the same stack (same region)',
      template: REPLICA('same'),
      resource: 'Source',
      message: 'another region',
    },
  ],
  unknown: [
    {
      name: 'destination bucket outside the template: its region is unknown',
      template: bucket(`
ReplicationConfiguration:
  Role: arn:aws:iam::111122223333:role/replication
  Rules: [{ Status: Enabled, Destination: { Bucket: arn:aws:s3:::dr-copy-eu } }]`),
      message: 'not in the scanned inventory',
    },
  ],
});
