/**
 * False PASSes from resources that attach to another one (bucket policies,
 * rotation schedules, WAF logging configurations, network ACL entries, CDK
 * bucket notifications): one that may not be deployed, or may land on another
 * resource, must not make its target compliant.
 */
import { ruleCases } from '../support/rule-cases.js';

/** `On` is undecided: Flag has no value. */
const UNDECIDED = `
Parameters:
  Flag: { Type: String }
Conditions:
  On: !Equals [!Ref Flag, 'yes']`;

/** `On` is false with the default value, so a resource under it is checked as if it held. */
const FALSE_BY_DEFAULT = `
Parameters:
  Flag: { Type: String, Default: 'no' }
Conditions:
  On: !Equals [!Ref Flag, 'yes']`;

const DENY_PLAIN_HTTP = `
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: [!GetAtt B.Arn, !Sub '\${B.Arn}/*']
            Condition: { Bool: { 'aws:SecureTransport': 'false' } }`;

const ALLOW_READ = `
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: 'arn:aws:iam::111122223333:root' }
            Action: 's3:GetObject'
            Resource: !Sub '\${B.Arn}/*'`;

const BUCKET_WITH_CONDITIONAL_TLS_POLICY = `
Resources:
  B:
    Type: AWS::S3::Bucket
  P:
    Type: AWS::S3::BucketPolicy
    Condition: On
    Properties:
      Bucket: !Ref B${DENY_PLAIN_HTTP}`;

ruleCases('s3-bucket-enforces-tls', {
  pass: [
    {
      name: 'the bucket and its policy under the same condition: the policy exists whenever the bucket does',
      resource: 'B',
      template: `${UNDECIDED}
Resources:
  B:
    Type: AWS::S3::Bucket
    Condition: On
  P:
    Type: AWS::S3::BucketPolicy
    Condition: On
    Properties:
      Bucket: !Ref B${DENY_PLAIN_HTTP}`,
    },
    {
      name: 'a policy with an unresolved Bucket, pinned to another bucket',
      resource: 'B',
      parameters: { TargetBucket: 'another-bucket' },
      template: `
Parameters:
  TargetBucket: { Type: String }
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties: { BucketName: probe-bucket-x }
  Strong:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B${DENY_PLAIN_HTTP}
  Other:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref TargetBucket${ALLOW_READ}`,
    },
  ],
  fail: [
    {
      name: 'a policy under a condition pinned false: the bucket has none',
      resource: 'B',
      parameters: { Flag: 'no' },
      template: `${FALSE_BY_DEFAULT}${BUCKET_WITH_CONDITIONAL_TLS_POLICY}`,
    },
  ],
  unknown: [
    {
      name: 'the only TLS policy is under an undecided condition',
      resource: 'B',
      message: 'bucket policy P exists only if condition On holds',
      template: `${UNDECIDED}${BUCKET_WITH_CONDITIONAL_TLS_POLICY}`,
    },
    {
      name: 'the only TLS policy is under a condition false with default parameter values',
      resource: 'B',
      message: 'bucket policy P exists only if condition On holds',
      template: `${FALSE_BY_DEFAULT}${BUCKET_WITH_CONDITIONAL_TLS_POLICY}`,
    },
    {
      name: 'two policies for one bucket, the TLS one last: S3 keeps one, in no defined order',
      resource: 'B',
      message: 'bucket policies Weak, Strong name this bucket',
      template: `
Resources:
  B:
    Type: AWS::S3::Bucket
  Weak:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B${ALLOW_READ}
  Strong:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B${DENY_PLAIN_HTTP}`,
    },
    {
      name: 'two policies for one bucket, the TLS one first',
      resource: 'B',
      message: 'bucket policies Strong, Weak name this bucket',
      template: `
Resources:
  B:
    Type: AWS::S3::Bucket
  Strong:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B${DENY_PLAIN_HTTP}
  Weak:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B${ALLOW_READ}`,
    },
    {
      name: 'a second policy whose Bucket is unresolved may replace the TLS one',
      resource: 'B',
      message: "bucket policy Other may replace this bucket's",
      template: `
Parameters:
  TargetBucket: { Type: String }
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties: { BucketName: probe-bucket-x }
  Strong:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B${DENY_PLAIN_HTTP}
  Other:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref TargetBucket${ALLOW_READ}`,
    },
    {
      name: 'the same, with the unresolved policy pinned to this bucket: two policies',
      resource: 'B',
      parameters: { TargetBucket: 'probe-bucket-x' },
      message: 'bucket policies Strong, Other name this bucket',
      template: `
Parameters:
  TargetBucket: { Type: String }
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties: { BucketName: probe-bucket-x }
  Strong:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B${DENY_PLAIN_HTTP}
  Other:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref TargetBucket${ALLOW_READ}`,
    },
  ],
});

const SECRET_WITH_SCHEDULE = (condition: string): string => `
Resources:
  S:
    Type: AWS::SecretsManager::Secret
    Properties: { GenerateSecretString: {} }
  R:
    Type: AWS::SecretsManager::RotationSchedule${condition}
    Properties:
      SecretId: !Ref S
      RotationLambdaARN: arn:aws:lambda:us-east-1:111122223333:function:rot
      RotationRules: { AutomaticallyAfterDays: 30 }`;

ruleCases('secret-rotation-enabled', {
  pass: [{ name: 'a rotation schedule deployed with the secret', template: SECRET_WITH_SCHEDULE('') }],
  unknown: [
    {
      name: 'the rotation schedule is under an undecided condition',
      message: 'rotation schedule R exists only if condition On holds',
      template: `${UNDECIDED}${SECRET_WITH_SCHEDULE('\n    Condition: On')}`,
    },
    {
      name: 'the rotation schedule is under a condition false with default parameter values',
      message: 'rotation schedule R exists only if condition On holds',
      template: `${FALSE_BY_DEFAULT}${SECRET_WITH_SCHEDULE('\n    Condition: On')}`,
    },
  ],
});

const WEB_ACL_WITH_LOGGING = (condition: string): string => `
Resources:
  Acl:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: REGIONAL
      DefaultAction: { Allow: {} }
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: m }
      Rules: []
  L:
    Type: AWS::WAFv2::LoggingConfiguration${condition}
    Properties:
      ResourceArn: !GetAtt Acl.Arn
      LogDestinationConfigs: [arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-x]`;

ruleCases('waf-web-acl-logging', {
  pass: [{ name: 'a logging configuration deployed with the web ACL', template: WEB_ACL_WITH_LOGGING('') }],
  unknown: [
    {
      name: 'the logging configuration is under an undecided condition',
      message: 'logging configuration L exists only if condition On holds',
      template: `${UNDECIDED}${WEB_ACL_WITH_LOGGING('\n    Condition: On')}`,
    },
  ],
});

const DENY_ALL = 'Protocol: -1';

const ACL_WITH_ENTRIES = (denyCondition: string, allowed: string, denied = DENY_ALL): string => `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties: { VpcId: !Ref Vpc }
  DenyAll:
    Type: AWS::EC2::NetworkAclEntry${denyCondition}
    Properties: { NetworkAclId: !Ref Acl, RuleNumber: 50, RuleAction: deny, CidrBlock: 0.0.0.0/0, ${denied} }
  Allow:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, RuleAction: allow, CidrBlock: 0.0.0.0/0, ${allowed} }`;

const ALLOW_ALL = 'Protocol: -1';
const ALLOW_HTTPS = 'Protocol: 6, PortRange: { From: 443, To: 443 }';
const SSH_ONLY = 'Protocol: 6, PortRange: { From: 22, To: 22 }';

ruleCases('nacl-no-public-admin-ingress', {
  pass: [
    {
      name: 'a deny of SSH that may not exist, before an allow of HTTPS only: it stops nothing that allow lets in',
      template: `${UNDECIDED}${ACL_WITH_ENTRIES('\n    Condition: On', ALLOW_HTTPS, SSH_ONLY)}`,
    },
    {
      name: 'a deny-all deployed with the ACL masks the allow-all after it',
      template: `${UNDECIDED}${ACL_WITH_ENTRIES('', ALLOW_ALL)}`,
    },
  ],
  fail: [
    {
      name: 'the masking deny-all pinned away',
      parameters: { Flag: 'no' },
      template: `${UNDECIDED}${ACL_WITH_ENTRIES('\n    Condition: On', ALLOW_ALL)}`,
    },
  ],
  unknown: [
    {
      name: 'the only deny before an allow-all is under an undecided condition',
      message: 'deny entry DenyAll exists only if condition On holds',
      template: `${UNDECIDED}${ACL_WITH_ENTRIES('\n    Condition: On', ALLOW_ALL)}`,
    },
    {
      name: 'a deny of all protocols that may not exist, before an SSH allow: its PortRange does not apply',
      message: 'deny entry DenyAll exists only if condition On holds',
      template: `${UNDECIDED}${ACL_WITH_ENTRIES('\n    Condition: On', SSH_ONLY, `${DENY_ALL}, PortRange: { From: 3389, To: 3389 }`)}`,
    },
    {
      name: 'the only deny before an allow-all is under a condition false with default parameter values',
      message: 'deny entry DenyAll exists only if condition On holds',
      template: `${FALSE_BY_DEFAULT}${ACL_WITH_ENTRIES('\n    Condition: On', ALLOW_ALL)}`,
    },
  ],
});

const CDK_NOTIFICATIONS = (condition: string): string => `
Resources:
  B:
    Type: AWS::S3::Bucket
  N:
    Type: Custom::S3BucketNotifications${condition}
    Properties:
      ServiceToken: arn:aws:lambda:us-east-1:111122223333:function:cdk-notif
      BucketName: !Ref B
      NotificationConfiguration:
        QueueConfigurations:
          - { Events: ['s3:ObjectCreated:*'], QueueArn: arn:aws:sqs:us-east-1:111122223333:q }`;

const QUEUE_ITEM = `{ Event: 's3:ObjectCreated:*', Queue: !GetAtt Q.Arn }`;

const BUCKET_WITH_QUEUE_ITEMS = (items: string): string => `
Resources:
  Q:
    Type: AWS::SQS::Queue
  B:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration:
        QueueConfigurations: [${items}]`;

ruleCases('s3-event-notifications', {
  pass: [
    { name: 'CDK notifications deployed with the bucket', resource: 'B', template: CDK_NOTIFICATIONS('') },
    {
      name: 'an optional queue item, its condition pinned true',
      resource: 'B',
      parameters: { Flag: 'yes' },
      template: `${UNDECIDED}${BUCKET_WITH_QUEUE_ITEMS(`!If [On, ${QUEUE_ITEM}, !Ref AWS::NoValue]`)}`,
    },
    {
      name: 'an optional queue item beside a certain one',
      resource: 'B',
      template: `${UNDECIDED}${BUCKET_WITH_QUEUE_ITEMS(`!If [On, ${QUEUE_ITEM}, !Ref AWS::NoValue], ${QUEUE_ITEM}`)}`,
    },
  ],
  unknown: [
    {
      name: 'the CDK notifications resource is under an undecided condition',
      resource: 'B',
      message: 'notification configuration N exists only if condition On holds',
      template: `${UNDECIDED}${CDK_NOTIFICATIONS('\n    Condition: On')}`,
    },
    {
      name: 'the only queue item is an Fn::If with an AWS::NoValue branch',
      resource: 'B',
      message: 'QueueConfigurations: an item may not exist',
      template: `${UNDECIDED}${BUCKET_WITH_QUEUE_ITEMS(`!If [On, ${QUEUE_ITEM}, !Ref AWS::NoValue]`)}`,
    },
  ],
});

const GROUP_ADDITION = `
  U:
    Type: AWS::IAM::User
  G:
    Type: AWS::IAM::Group
  A:
    Type: AWS::IAM::UserToGroupAddition`;

ruleCases('iam-user-in-group', {
  pass: [
    {
      name: 'an addition without a condition puts the user in the group (control)',
      resource: 'U',
      template: `
Resources:${GROUP_ADDITION}
    Properties: { GroupName: !Ref G, Users: [!Ref U] }`,
    },
  ],
  unknown: [
    {
      name: 'the only addition may not be deployed: the user may be in no group',
      resource: 'U',
      message: 'exists only if condition On holds',
      template: `${UNDECIDED}
Resources:${GROUP_ADDITION}
    Condition: On
    Properties: { GroupName: !Ref G, Users: [!Ref U] }`,
    },
  ],
});

ruleCases('iam-group-not-empty', {
  pass: [
    {
      name: 'an addition without a condition gives the group a member (control)',
      resource: 'G',
      template: `
Resources:${GROUP_ADDITION}
    Properties: { GroupName: !Ref G, Users: [!Ref U] }`,
    },
  ],
  unknown: [
    {
      name: 'the only addition is false with the default parameters: the group may stay empty',
      resource: 'G',
      message: 'exists only if condition On holds',
      template: `${FALSE_BY_DEFAULT}
Resources:${GROUP_ADDITION}
    Condition: On
    Properties: { GroupName: !Ref G, Users: [!Ref U] }`,
    },
  ],
});
