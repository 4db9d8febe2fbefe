import { ruleCases } from '../../support/rule-cases.js';

const withPolicy = (statement: string) => `
Parameters:
  Effect: { Type: String }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - ${statement}`;

const DENY_HTTP = `{ Effect: Deny, Principal: '*', Action: 's3:*', Resource: [!GetAtt Bucket.Arn, !Sub '\${Bucket.Arn}/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }`;

ruleCases('s3-bucket-enforces-tls', {
  pass: [
    { name: 'Deny s3:* to * without SecureTransport', resource: 'Bucket', template: withPolicy(DENY_HTTP) },
    {
      name: 'Principal {AWS: "*"}, a boolean false and a lower-case condition key',
      resource: 'Bucket',
      template: withPolicy(
        `{ Effect: Deny, Principal: { AWS: '*' }, Action: ['s3:*'], Resource: '*', Condition: { Bool: { 'aws:securetransport': false } } }`,
      ),
    },
  ],
  fail: [
    {
      name: 'no bucket policy',
      template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket`,
      message: 'no bucket policy',
    },
    {
      name: 'a policy that denies only s3:GetObject',
      resource: 'Bucket',
      template: withPolicy(
        `{ Effect: Deny, Principal: '*', Action: 's3:GetObject', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }`,
      ),
    },
    {
      name: 'an Allow with the SecureTransport condition does not deny anything',
      resource: 'Bucket',
      template: withPolicy(
        `{ Effect: Allow, Principal: '*', Action: 's3:GetObject', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }`,
      ),
    },
  ],
  unknown: [
    {
      name: 'Effect from a parameter',
      resource: 'Bucket',
      template: withPolicy(DENY_HTTP.replace('Effect: Deny', 'Effect: !Ref Effect')),
    },
  ],
});
