/**
 * False PASSes in how policy documents are read: conditions that do not
 * confine a public statement, TLS denials that leave some requests out, Deny
 * statements that do not cover the Allow they are taken to cancel, managed
 * policies attached by ARN, and statement parts known only after deployment.
 */
import { describe, expect, it } from 'vitest';
import { conditionConfines, isPublicStatement } from '../../rules/lib/public-statements.js';
import type { PolicyCondition, PolicyStatement } from '../../src/inventory/model.js';
import { ruleCases } from '../support/rule-cases.js';

const ROOT = `{ Sid: Root, Effect: Allow, Principal: { AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root' }, Action: 'kms:*', Resource: '*' }`;

/** A key policy: the account root, and one statement to "*" under `condition`. */
const kmsKey = (condition: string, principal = `'*'`) => `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - ${ROOT}
          - { Effect: Allow, Principal: ${principal}, Action: ['kms:Decrypt'], Resource: '*', Condition: ${condition} }`;

const ecrRepository = (condition: string) => `
Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryPolicyText:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Principal: { AWS: '*' }, Action: ['ecr:BatchGetImage'], Condition: ${condition} }`;

const logsPolicy = (condition: string) => `
Resources:
  Policy:
    Type: AWS::Logs::ResourcePolicy
    Properties:
      PolicyName: probe
      PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"logs:PutLogEvents","Resource":"*","Condition":${condition}}]}'`;

ruleCases('kms-key-not-public', {
  pass: [
    {
      name: '"*" confined by StringEquals aws:SourceAccount',
      resource: 'Key',
      template: kmsKey(`{ StringEquals: { 'aws:SourceAccount': '111122223333' } }`),
    },
    {
      name: '"*" confined by ArnLike aws:PrincipalArn naming one account',
      resource: 'Key',
      template: kmsKey(
        `{ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' } }`,
        `{ AWS: '*' }`,
      ),
    },
    {
      name: '"*" confined by ForAnyValue:StringEquals aws:PrincipalOrgID',
      resource: 'Key',
      template: kmsKey(`{ 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgID': 'o-abc123' } }`),
    },
    {
      // Read like a queue policy's: the ARN of a resource of the template names that one resource, never "*".
      name: "a confining value known only after deployment: a template trail's ARN",
      resource: 'Key',
      template: `${kmsKey(`{ ArnEquals: { 'aws:SourceArn': !GetAtt Trail.Arn } }`)}
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties: { IsLogging: true, S3BucketName: b }`,
    },
    {
      name: 'an unconfining condition beside a confining one',
      resource: 'Key',
      template: kmsKey(
        `{ Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'kms:CallerAccount': '111122223333' } }`,
      ),
    },
  ],
  fail: [
    {
      name: 'StringEqualsIfExists aws:SourceAccount: an absent key lets anyone in',
      resource: 'Key',
      template: kmsKey(`{ StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } }`),
    },
    {
      name: 'Null aws:SourceVpce "true": callers from outside any endpoint',
      resource: 'Key',
      template: kmsKey(`{ 'Null': { 'aws:SourceVpce': 'true' } }`),
    },
    {
      name: 'StringNotEquals aws:PrincipalOrgID: everyone outside the organization',
      resource: 'Key',
      template: kmsKey(`{ StringNotEquals: { 'aws:PrincipalOrgID': o-abc123 } }`, `{ AWS: '*' }`),
    },
    {
      name: 'ArnLike aws:PrincipalArn arn:aws:iam::*:* matches every principal',
      resource: 'Key',
      template: kmsKey(`{ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:*' } }`, `{ AWS: '*' }`),
    },
    {
      name: 'StringLike kms:CallerAccount "*" matches every account',
      resource: 'Key',
      template: kmsKey(`{ StringLike: { 'kms:CallerAccount': '*' } }`, `{ AWS: '*' }`),
    },
    {
      name: 'ForAllValues:StringEquals holds when the key is absent',
      resource: 'Key',
      template: kmsKey(`{ 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-abc123' } }`),
    },
    {
      name: 'IpAddress with 0.0.0.0/0',
      resource: 'Key',
      template: kmsKey(`{ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '0.0.0.0/0'] } }`),
    },
    {
      name: 'IpAddress with two halves that add up to every IPv4 address',
      resource: 'Key',
      template: kmsKey(`{ IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/1'] } }`),
    },
  ],
  unknown: [
    {
      name: 'a confining value from a parameter without a value, which may be a pattern',
      resource: 'Key',
      template: `
Parameters:
  Source: { Type: String }
${kmsKey(`{ ArnLike: { 'aws:SourceArn': !Ref Source } }`)}`,
    },
  ],
});

ruleCases('ecr-repository-not-public', {
  pass: [
    {
      name: 'StringEquals aws:PrincipalOrgID',
      resource: 'Repo',
      template: ecrRepository(`{ StringEquals: { 'aws:PrincipalOrgID': o-abc123 } }`),
    },
  ],
  fail: [
    {
      name: 'Null aws:SourceVpce "true"',
      resource: 'Repo',
      template: ecrRepository(`{ 'Null': { 'aws:SourceVpce': 'true' } }`),
    },
    {
      name: 'StringNotEquals aws:PrincipalOrgID',
      resource: 'Repo',
      template: ecrRepository(`{ StringNotEquals: { 'aws:PrincipalOrgID': o-abc123 } }`),
    },
  ],
});

ruleCases('logs-resource-policy-not-public', {
  pass: [
    {
      name: 'ArnLike aws:SourceArn naming one account',
      resource: 'Policy',
      template: logsPolicy(`{"ArnLike":{"aws:SourceArn":"arn:aws:logs:us-east-1:111122223333:*"}}`),
    },
  ],
  fail: [
    {
      name: 'StringEqualsIfExists aws:SourceAccount',
      resource: 'Policy',
      template: logsPolicy(`{"StringEqualsIfExists":{"aws:SourceAccount":"111122223333"}}`),
    },
    {
      name: 'ArnLike aws:SourceArn "*"',
      resource: 'Policy',
      template: logsPolicy(`{"ArnLike":{"aws:SourceArn":"*"}}`),
    },
  ],
});

describe('conditions that confine a public statement', () => {
  const condition = (operator: string, key: string, ...values: string[]): PolicyCondition => ({
    operator,
    key,
    values,
  });
  it.each([
    [condition('StringEquals', 'aws:sourceaccount', '111122223333'), true],
    [condition('StringEqualsIgnoreCase', 'aws:principalorgid', 'o-abc'), true],
    [condition('StringLike', 'aws:principalorgpaths', 'o-abc/r-1/*'), true],
    [condition('StringLike', 'aws:principalorgpaths', '*/r-1/*'), false],
    [condition('StringLike', 'aws:sourceaccount', '1111*'), false],
    [condition('StringEquals', 'aws:sourceaccount', '111122223333', ''), false],
    [condition('ArnEquals', 'aws:sourcearn', 'arn:aws:s3:::one-bucket'), true],
    [condition('ArnLike', 'aws:sourcearn', 'arn:aws:s3:::bucket-*'), false],
    [condition('ArnLike', 'aws:sourcearn', 'arn:*:sns:*:111122223333:*'), true],
    [condition('ArnLike', 'aws:sourcearn', 'arn:aws:sns:us-east-1:1111*:topic'), false],
    [condition('ArnLike', 'aws:sourcearn', '*:*'), false],
    [condition('StringLike', 'aws:userid', 'AROAEXAMPLE:*'), true],
    [condition('StringLike', 'aws:userid', '*:alice'), false],
    [condition('IpAddress', 'aws:sourceip', '203.0.113.0/24'), true],
    [condition('IpAddress', 'aws:sourceip', '::/0'), false],
    [condition('IpAddress', 'aws:sourceip', '0.0.0.0/1', '128.0.0.0/1'), false],
    [condition('IpAddress', 'aws:sourceip', '203.0.113.0/24', '::/1', '8000::/1'), false],
    [condition('IpAddress', 'aws:sourceip', '0.0.0.0/1', '203.0.113.0/24'), true],
    [condition('NotIpAddress', 'aws:sourceip', '203.0.113.0/24'), false],
    [condition('ArnLikeIfExists', 'aws:sourcearn', 'arn:aws:s3:::one-bucket'), false],
    [condition('ForAnyValue:StringEqualsIfExists', 'aws:sourceaccount', '111122223333'), false],
    [condition('Bool', 'aws:sourcevpce', 'true'), false],
    [condition('StringNotLike', 'aws:sourcevpce', 'vpce-1'), false],
    [condition('StringEquals', 'aws:securetransport', 'true'), false],
  ])('%j confines: %s', (given, confines) => {
    expect(conditionConfines(given)).toBe(confines);
  });

  it('a statement carrying only condition keys (no operators) is read by its keys', () => {
    const statement: PolicyStatement = {
      effect: 'Allow',
      principals: ['*'],
      actions: ['lambda:InvokeFunction'],
      conditionKeys: ['aws:sourcearn'],
    };
    expect(isPublicStatement(statement)).toBe(false);
  });
});

/** A role with one inline policy of `statements` (YAML flow items). */
const roleWith = (...statements: string[]) => `
Parameters:
  OrgId: { Type: String }
Conditions:
  HasOrg: !Not [!Equals [!Ref OrgId, '']]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: 'sts:AssumeRole' }]
      Policies:
        - PolicyName: p
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
${statements.map((statement) => `              - ${statement}`).join('\n')}`;

ruleCases('iam-inline-no-privilege-escalation', {
  pass: [
    {
      name: 'a Deny on every resource takes the Allow back',
      resource: 'Role',
      template: roleWith(
        `{ Effect: Allow, Action: 'iam:PutRolePolicy', Resource: '*' }`,
        `{ Effect: Deny, Action: 'iam:PutRolePolicy', Resource: '*' }`,
      ),
    },
  ],
  fail: [
    {
      name: 'a Deny with NotResource leaves the resources it names allowed',
      resource: 'Role',
      message: 'iam:PutRolePolicy',
      template: roleWith(
        `{ Effect: Allow, Action: 'iam:PutRolePolicy', Resource: '*' }`,
        `{ Effect: Deny, Action: 'iam:PutRolePolicy', NotResource: 'arn:aws:iam::123456789012:role/admin' }`,
      ),
    },
    {
      name: 'a Deny on some resources only',
      resource: 'Role',
      template: roleWith(
        `{ Effect: Allow, Action: 'iam:PutRolePolicy', Resource: '*' }`,
        `{ Effect: Deny, Action: 'iam:PutRolePolicy', Resource: 'arn:aws:iam::*:role/admin' }`,
      ),
    },
    {
      name: 'a Deny whose Condition may vanish does not certainly take it back',
      resource: 'Role',
      template: roleWith(
        `{ Effect: Allow, Action: 'iam:PutRolePolicy', Resource: '*' }`,
        `{ Effect: Deny, Action: 'iam:PutRolePolicy', Resource: '*', Condition: !If [HasOrg, { StringEquals: { 'aws:PrincipalOrgID': !Ref OrgId } }, !Ref AWS::NoValue] }`,
      ),
    },
  ],
});

ruleCases('iam-no-admin-policy', {
  pass: [
    {
      name: 'every action on one bucket of the template (its ARN is one resource)',
      resource: 'Role',
      template: roleWith(`{ Effect: Allow, Action: '*', Resource: !GetAtt Bucket.Arn }`),
    },
  ],
  fail: [
    {
      name: 'AWS-managed AdministratorAccess attached by ARN (written with !Sub, as CDK and SAM do)',
      resource: 'arn:aws:iam::aws:policy/AdministratorAccess',
      message: 'AdministratorAccess',
      template: `
Resources:
  R:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Statement: [] }
      ManagedPolicyArns: [!Sub 'arn:\${AWS::Partition}:iam::aws:policy/AdministratorAccess']`,
    },
    {
      name: 'Resource "arn:*" matches every resource',
      resource: 'Role',
      template: roleWith(`{ Effect: Allow, Action: '*', Resource: 'arn:*' }`),
    },
    {
      name: 'Resource "arn:aws:*:*:*:*" matches every resource',
      resource: 'Role',
      template: roleWith(`{ Effect: Allow, Action: '*', Resource: ['arn:aws:s3:::x', 'arn:aws:*:*:*:*'] }`),
    },
  ],
  unknown: [
    {
      name: 'Effect "allow" in lower case is neither Allow nor Deny',
      resource: 'Role',
      message: 'Effect "allow"',
      template: roleWith(`{ Effect: allow, Action: '*', Resource: '*' }`),
    },
    {
      name: 'an Action taken from a resource attribute is known only after deployment',
      resource: 'Role',
      message: 'Bucket.Arn is known only after deployment',
      template: roleWith(`{ Effect: Allow, Action: !GetAtt Bucket.Arn, Resource: '*' }`),
    },
    {
      name: 'a Resource taken from a resource attribute other than its ARN',
      resource: 'Role',
      template: roleWith(`{ Effect: Allow, Action: '*', Resource: !GetAtt Bucket.DomainName }`),
    },
  ],
});

ruleCases('iam-no-marketplace-subscribe-wildcard', {
  pass: [
    {
      name: 'a Condition that is certainly there',
      resource: 'Role',
      template: roleWith(
        `{ Effect: Allow, Action: 'aws-marketplace:Subscribe', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': o-abc } } }`,
      ),
    },
  ],
  fail: [
    {
      name: 'no Condition',
      resource: 'Role',
      template: roleWith(`{ Effect: Allow, Action: 'aws-marketplace:Subscribe', Resource: '*' }`),
    },
  ],
  unknown: [
    {
      name: 'a Condition that is AWS::NoValue unless a parameter is set',
      resource: 'Role',
      message: 'Condition',
      template: roleWith(
        `{ Effect: Allow, Action: 'aws-marketplace:Subscribe', Resource: '*', Condition: !If [HasOrg, { StringEquals: { 'aws:PrincipalOrgID': !Ref OrgId } }, !Ref AWS::NoValue] }`,
      ),
    },
  ],
});

/** A bucket named probe-bucket-x with one bucket policy statement. */
const bucketWith = (statement: string) => `
Parameters:
  Whole: { Type: String }
Conditions:
  IsWhole: !Equals [!Ref Whole, 'yes']
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties: { BucketName: probe-bucket-x }
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - ${statement}`;

const BOTH = `['arn:aws:s3:::probe-bucket-x', 'arn:aws:s3:::probe-bucket-x/*']`;
const denyHttp = (resource: string, condition = `{ Bool: { 'aws:SecureTransport': 'false' } }`) =>
  `{ Effect: Deny, Principal: '*', Action: 's3:*', Resource: ${resource}, Condition: ${condition} }`;

ruleCases('s3-bucket-enforces-tls', {
  pass: [
    { name: 'the bucket and its objects by name', resource: 'Bucket', template: bucketWith(denyHttp(BOTH)) },
    {
      name: 'the bucket by GetAtt and its objects by Sub',
      resource: 'Bucket',
      template: bucketWith(denyHttp(`[!GetAtt Bucket.Arn, !Sub '\${Bucket.Arn}/*']`)),
    },
    {
      name: 'BoolIfExists and every bucket of the partition',
      resource: 'Bucket',
      template: bucketWith(
        denyHttp(
          `['arn:aws:s3:::*', 'arn:aws:s3:::*/*']`,
          `{ BoolIfExists: { 'aws:SecureTransport': false } }`,
        ),
      ),
    },
  ],
  fail: [
    {
      name: 'an extra StringEquals narrows the Deny',
      resource: 'Bucket',
      template: bucketWith(
        denyHttp(
          BOTH,
          `{ Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:PrincipalAccount': '111122223333' } }`,
        ),
      ),
    },
    {
      name: 'a second key in the same Bool block',
      resource: 'Bucket',
      template: bucketWith(
        denyHttp(BOTH, `{ Bool: { 'aws:SecureTransport': 'false', 'aws:MultiFactorAuthPresent': 'true' } }`),
      ),
    },
    {
      name: 'NumericLessThan s3:TlsVersion: a plain HTTP request has no TLS version',
      resource: 'Bucket',
      template: bucketWith(
        denyHttp(
          BOTH,
          `{ NumericLessThan: { 's3:TlsVersion': '1.2' }, Bool: { 'aws:SecureTransport': 'false' } }`,
        ),
      ),
    },
    {
      name: 'only some objects',
      resource: 'Bucket',
      template: bucketWith(denyHttp(`'arn:aws:s3:::probe-bucket-x/public/*'`)),
    },
    {
      name: 'only the objects, not the bucket',
      resource: 'Bucket',
      template: bucketWith(denyHttp(`'arn:aws:s3:::probe-bucket-x/*'`)),
    },
    {
      name: 'NotResource',
      resource: 'Bucket',
      template: bucketWith(
        `{ Effect: Deny, Principal: '*', Action: 's3:*', NotResource: ['arn:aws:s3:::probe-bucket-x/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }`,
      ),
    },
  ],
  unknown: [
    {
      name: 'a Resource that is the whole bucket or a prefix, by a condition not decided',
      resource: 'Bucket',
      template: bucketWith(denyHttp(`!If [IsWhole, ${BOTH}, 'arn:aws:s3:::probe-bucket-x/tmp/*']`)),
    },
  ],
});

ruleCases('efs-enforces-tls', {
  pass: [
    {
      name: 'Deny * to everyone without TLS',
      template: `
Resources:
  Fs:
    Type: AWS::EFS::FileSystem
    Properties:
      FileSystemPolicy:
        Statement:
          - { Effect: Deny, Principal: { AWS: '*' }, Action: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }`,
    },
  ],
  fail: [
    {
      name: 'an extra StringEquals narrows the Deny',
      template: `
Resources:
  Fs:
    Type: AWS::EFS::FileSystem
    Properties:
      FileSystemPolicy:
        Statement:
          - Effect: Deny
            Principal: { AWS: '*' }
            Action: '*'
            Condition:
              Bool: { 'aws:SecureTransport': 'false' }
              StringEquals: { 'aws:PrincipalAccount': '111122223333' }`,
    },
  ],
});
