/**
 * A bucket policy whose Bucket the template leaves unresolved (`!Sub` with
 * ${AWS::Region}, or a parameter without a value) is placed by comparing its
 * expression with each bucket's BucketName: the same expression names that
 * bucket, a name whose literal text cannot line up is another bucket, and any
 * bucket it could still name has an unknown policy.
 */
import { ruleCases } from '../../support/rule-cases.js';

const PARAMETERS = `
Parameters:
  AppName: { Type: String }
  Prefix: { Type: String }
  BucketNameParam: { Type: String }`;

const denyPlainHttp = (bucket: string) => `
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: [!GetAtt ${bucket}.Arn, !Sub '\${${bucket}.Arn}/*']
            Condition: { Bool: { 'aws:SecureTransport': 'false' } }`;

const ALLOW_READ = `
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: 'arn:aws:iam::111122223333:root' }
            Action: 's3:GetObject'
            Resource: '*'`;

/** The shape of aws-cloudformation-templates' Solutions/WebApp: names from AppName, region and account. */
const webApp = (appName: string, policy: string = denyPlainHttp('SiteContentBucket')) => `
Parameters:
  AppName: { Type: String${appName === '' ? '' : `, Default: ${appName}`} }
Resources:
  SiteContentBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${AppName}-content-\${AWS::Region}-\${AWS::AccountId}'
  SiteContentBucketAccessPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Sub '\${AppName}-content-\${AWS::Region}-\${AWS::AccountId}'${policy}
  SiteContentLogBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${AppName}-content-logs-\${AWS::Region}-\${AWS::AccountId}'
  CloudFrontLogsBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${AppName}-cflogs-\${AWS::Region}-\${AWS::AccountId}'`;

/** One bucket and one policy whose Bucket is `policyBucket`. */
const onePair = (
  bucketName: string | undefined,
  policyBucket: string,
  policy = denyPlainHttp('B'),
) => `${PARAMETERS}
Conditions:
  Undecided: !Equals [!Ref Prefix, 'x']
Resources:
  B:
    Type: AWS::S3::Bucket${bucketName === undefined ? '' : `\n    Properties:\n      BucketName: ${bucketName}`}
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: ${policyBucket}${policy}`;

ruleCases('s3-bucket-enforces-tls', {
  pass: [
    {
      name: 'the policy whose Bucket is the bucket name expression is that bucket policy',
      resource: 'SiteContentBucket',
      template: webApp('rain-webapp-sample'),
    },
    {
      name: 'the same expression names the bucket even when AppName has no value',
      resource: 'SiteContentBucket',
      template: webApp(''),
    },
    {
      name: 'Bucket and BucketName both the same parameter without a value',
      resource: 'B',
      template: onePair('!Ref BucketNameParam', '!Ref BucketNameParam'),
    },
    {
      name: 'an Fn::Join that builds the same text as the bucket Fn::Sub',
      resource: 'B',
      template: onePair(
        "!Sub '${AppName}-content-${AWS::Region}'",
        "!Join ['-', [!Ref AppName, content, !Ref 'AWS::Region']]",
      ),
    },
  ],
  fail: [
    {
      name: 'a bucket whose name differs in its literal text is judged on its own',
      resource: 'CloudFrontLogsBucket',
      message: 'no bucket policy',
      template: webApp('rain-webapp-sample'),
    },
    {
      name: 'a name that starts with the policy one is another bucket: the shared region and account line up',
      resource: 'SiteContentLogBucket',
      message: 'no bucket policy',
      template: webApp('rain-webapp-sample'),
    },
    {
      name: 'names that differ in their literal text when AppName has no value',
      resource: 'CloudFrontLogsBucket',
      message: 'no bucket policy',
      template: webApp(''),
    },
    {
      name: 'the policy of the same expression is read: it allows reads and denies nothing',
      resource: 'SiteContentBucket',
      message: 'no bucket policy statement denies',
      template: webApp('rain-webapp-sample', ALLOW_READ),
    },
    {
      name: 'a literal bucket name the policy name pattern cannot match',
      resource: 'B',
      message: 'no bucket policy',
      template: onePair('audit-logs-bucket', "!Sub '${AppName}-content-${AWS::Region}'", ALLOW_READ),
    },
  ],
  unknown: [
    {
      name: 'a policy name that could be the bucket name: Prefix may be "logs"',
      resource: 'B',
      message: "bucket policy P may replace this bucket's",
      template: onePair("!Sub 'logs-${AWS::Region}'", "!Sub '${Prefix}-${AWS::Region}'", ALLOW_READ),
    },
    {
      name: 'a literal bucket name the policy name pattern matches',
      resource: 'B',
      message: "bucket policy P may replace this bucket's",
      template: onePair('team-content-eu-west-1', "!Sub '${AppName}-content-${AWS::Region}'", ALLOW_READ),
    },
    {
      name: 'a bucket without BucketName: CloudFormation makes up its name',
      resource: 'B',
      message: "bucket policy P may replace this bucket's",
      template: onePair(undefined, "!Sub '${AppName}-content'", ALLOW_READ),
    },
    {
      name: 'an Fn::Join item that may be AWS::NoValue drops its separator too',
      resource: 'B',
      message: "bucket policy P may replace this bucket's",
      template: onePair(
        "!Sub '${AppName}-content'",
        "!Join ['-', [!Ref AppName, !If [Undecided, !Ref 'AWS::NoValue', x], content]]",
        ALLOW_READ,
      ),
    },
    {
      name: 'a bucket checked as if its condition held reads other parameter values than the policy',
      resource: 'B',
      message: "bucket policy P may replace this bucket's",
      template: `
Parameters:
  AppName: { Type: String }
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  B:
    Type: AWS::S3::Bucket
    Condition: IsProd
    Properties:
      BucketName: !Sub '\${AppName}-prod'
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Sub '\${AppName}-\${Env}'${ALLOW_READ}`,
    },
  ],
});
