/**
 * A TLS Deny whose Resource spells the bucket ARN with the bucket's own name
 * expression (`!Sub 'arn:${AWS::Partition}:s3:::${AppName}-content-${AWS::Region}'`)
 * covers that bucket as `!GetAtt Bucket.Arn` would; a Resource naming another
 * bucket, only some of its keys, or a name that may or may not be this one's
 * does not make the bucket PASS.
 */
import { ruleCases } from '../../support/rule-cases.js';

const CONTENT = '${AppName}-content-${AWS::Region}-${AWS::AccountId}';

/** aws-cloudformation-templates' Solutions/WebApp: bucket, policy and Resource all from the same name expression. */
const webApp = (resources: string[], appNameDefault = ', Default: rain-webapp-sample') => `
Parameters:
  AppName: { Type: String${appNameDefault} }
  Prefix: { Type: String }
Resources:
  SiteContentBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '${CONTENT}'
  SiteContentBucketAccessPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Sub '${CONTENT}'
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource:${resources.map((resource) => `\n              - !Sub '${resource}'`).join('')}
            Condition: { Bool: { 'aws:SecureTransport': 'false' } }`;

const arn = (name: string) => `arn:\${AWS::Partition}:s3:::${name}`;

ruleCases('s3-bucket-enforces-tls', {
  pass: [
    {
      name: 'the Resource ARNs of the bucket name expression cover the bucket and its objects',
      resource: 'SiteContentBucket',
      template: webApp([arn(CONTENT), `${arn(CONTENT)}/*`]),
    },
    {
      name: 'the same name expression when AppName has no value',
      resource: 'SiteContentBucket',
      template: webApp([arn(CONTENT), `${arn(CONTENT)}/*`], ''),
    },
    {
      name: 'a literal partition with the bucket name expression',
      resource: 'SiteContentBucket',
      template: webApp([`arn:aws:s3:::${CONTENT}`, `arn:aws:s3:::${CONTENT}/*`]),
    },
  ],
  fail: [
    {
      name: 'a name expression that covers only a prefix of the keys',
      resource: 'SiteContentBucket',
      message: 'no bucket policy statement denies',
      template: webApp([arn(CONTENT), `${arn(CONTENT)}/Logs/*`]),
    },
  ],
  unknown: [
    {
      name: 'a Resource naming another bucket pattern is not this bucket',
      resource: 'SiteContentBucket',
      message: 'the Resource of the Deny did not resolve',
      template: webApp([
        arn('${AppName}-logs-${AWS::Region}-${AWS::AccountId}'),
        `${arn('${AppName}-logs-${AWS::Region}-${AWS::AccountId}')}/*`,
      ]),
    },
    {
      name: 'a name that may or may not be the bucket one: Prefix may be "rain-webapp-sample"',
      resource: 'SiteContentBucket',
      message: 'the Resource of the Deny did not resolve',
      template: webApp([
        arn('${Prefix}-content-${AWS::Region}-${AWS::AccountId}'),
        `${arn('${Prefix}-content-${AWS::Region}-${AWS::AccountId}')}/*`,
      ]),
    },
    {
      name: 'a wildcard in the name is not read as the bucket name',
      resource: 'SiteContentBucket',
      message: 'the Resource of the Deny did not resolve',
      template: webApp([arn('${AppName}-*-${AWS::Region}-${AWS::AccountId}'), `${arn(CONTENT)}/*`]),
    },
  ],
});
