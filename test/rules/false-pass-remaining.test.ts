/**
 * The last known false PASS (and one false FAIL) verdicts on templates: each
 * case runs through the real template pipeline, with PASS controls that must
 * stay PASS.
 */
import { ruleCases } from '../support/rule-cases.js';

/** A bucket with a policy whose one statement denies plain HTTP on `resources`. */
const bucketDenyingHttpOn = (resources: string, bucketProperties = '') => `
Parameters:
  Prefix: { Type: String }
Resources:
  B:
    Type: AWS::S3::Bucket${bucketProperties}
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: ${resources}
            Condition: { Bool: { 'aws:SecureTransport': 'false' } }`;

ruleCases('s3-bucket-enforces-tls', {
  pass: [
    {
      name: 'the bucket and !Sub "${B.Arn}/*"',
      resource: 'B',
      template: bucketDenyingHttpOn(`[!GetAtt B.Arn, !Sub '\${B.Arn}/*']`),
    },
    {
      name: 'the bucket and !Join of its ARN with /*',
      resource: 'B',
      template: bucketDenyingHttpOn(`[!GetAtt B.Arn, !Join ['', [!GetAtt B.Arn, '/*']]]`),
    },
    {
      name: 'literal ARNs of the bucket its BucketName fixes',
      resource: 'B',
      template: bucketDenyingHttpOn(
        `['arn:aws:s3:::probe-bucket-x', 'arn:aws:s3:::probe-bucket-x/*']`,
        '\n    Properties: { BucketName: probe-bucket-x }',
      ),
    },
    {
      name: 'ARNs built from Ref of the bucket (its name) and AWS::Partition',
      resource: 'B',
      template: bucketDenyingHttpOn(
        `[!Sub 'arn:\${AWS::Partition}:s3:::\${B}', !Sub 'arn:\${AWS::Partition}:s3:::\${B}/*']`,
      ),
    },
    {
      name: 'a single !Sub "${B.Arn}*" covers the bucket and its objects',
      resource: 'B',
      template: bucketDenyingHttpOn(`!Sub '\${B.Arn}*'`),
    },
  ],
  fail: [
    {
      name: 'the bucket and only its public/ prefix (!Sub "${B.Arn}/public/*")',
      resource: 'B',
      template: bucketDenyingHttpOn(`[!GetAtt B.Arn, !Sub '\${B.Arn}/public/*']`),
      message: 'no bucket policy statement denies',
    },
    {
      name: 'the bucket and only its public/ prefix through !Join',
      resource: 'B',
      template: bucketDenyingHttpOn(`[!GetAtt B.Arn, !Join ['', [!GetAtt B.Arn, '/public/*']]]`),
    },
    {
      name: 'the objects only, no bucket ARN',
      resource: 'B',
      template: bucketDenyingHttpOn(`!Sub '\${B.Arn}/*'`),
    },
    {
      name: 'a literal public/ prefix of the bucket its BucketName fixes',
      resource: 'B',
      template: bucketDenyingHttpOn(
        `'arn:aws:s3:::probe-bucket-x/public/*'`,
        '\n    Properties: { BucketName: probe-bucket-x }',
      ),
    },
  ],
  unknown: [
    {
      name: 'the bucket and a prefix from a parameter without a value',
      resource: 'B',
      template: bucketDenyingHttpOn(`[!GetAtt B.Arn, !Sub '\${B.Arn}/\${Prefix}*']`),
    },
    {
      name: 'the bucket and objects of a prefix from a parameter: no longer taken as written for it',
      resource: 'B',
      template: bucketDenyingHttpOn(`[!GetAtt B.Arn, !Join ['', [!GetAtt B.Arn, '/', !Ref Prefix, '/*']]]`),
    },
  ],
});
