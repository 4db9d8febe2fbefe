/**
 * An identity policy's Resource written with unresolved pieces
 * (`!Sub arn:aws:ec2:${AWS::Region}:${AWS::AccountId}:instance/${Instance}`):
 * in an Allow it is read with `*` for each piece, a pattern matching at least
 * what the deployed ARN will, so "every resource?" is decided when the literal
 * text already rules it out. A piece that may be anything (`!Ref Param`,
 * `${Prefix}` alone), a Deny and a NotResource stay Unknown.
 */
import { describe, expect, it } from 'vitest';
import { isUnknown } from '../../../src/inventory/maybe.js';
import type { IamPolicy } from '../../../src/inventory/model.js';
import { ruleCases } from '../../support/rule-cases.js';
import { inventoryFromTemplate } from '../../support/template.js';

const PARAMETERS = `
Parameters:
  Prefix: { Type: String }
  Bucket: { Type: String }
  Stage: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]`;

/** A managed policy `Pol` with the given statements (YAML list items, indented 10). */
const policy = (statements: string) => `${PARAMETERS}
Resources:
  Instance:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-12345678
  Pol:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
${statements}`;

const allow = (action: string, resource: string) => `
          - Effect: Allow
            Action: '${action}'
            Resource: ${resource}`;

const INSTANCE_ARN = '!Sub arn:aws:ec2:${AWS::Region}:${AWS::AccountId}:instance/${Instance}';

ruleCases('iam-no-admin-policy', {
  pass: [
    {
      name: 'Allow * on an instance ARN built from AWS::Region, AWS::AccountId and the instance',
      template: policy(allow('*', INSTANCE_ARN)),
    },
    {
      name: "Allow * on a bucket's objects named by a parameter without a value",
      template: policy(allow('*', "!Sub 'arn:aws:s3:::${Bucket}/*'")),
    },
    {
      name: 'the same ARN by Fn::Join',
      template: policy(allow('*', "!Join ['', ['arn:aws:s3:::', !Ref Bucket, '/*']]")),
    },
    {
      name: "Fn::Join without a separator: a piece an undecided Fn::If may drop is '' at least",
      template: policy(
        allow('*', "!Join ['', ['arn:aws:s3:::', !If [IsProd, 'prod-', !Ref AWS::NoValue], !Ref Bucket]]"),
      ),
    },
    {
      name: 'Fn::Sub with a variable of its own',
      template: policy(allow('*', "!Sub ['arn:${AWS::Partition}:s3:::${Name}/*', { Name: !Ref Bucket }]")),
    },
    {
      name: "an S3 object ARN under a bucket's Arn (GetAtt inside Sub)",
      template: `${policy(allow('*', '!Sub "${Logs.Arn}/*"'))}
  Logs:
    Type: AWS::S3::Bucket`,
    },
    {
      name: 'a list: a literal ARN and a partly resolved one',
      template: policy(allow('*', `['arn:aws:s3:::fixed', !Sub 'arn:aws:s3:::\${Bucket}']`)),
    },
    {
      name: 'an IAM policy variable in the literal text',
      template: policy(allow('*', "!Sub 'arn:aws:iam::${AWS::AccountId}:user/${!aws:username}'")),
    },
    {
      name: 'an inline policy of a role',
      template: `${PARAMETERS}
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: logs
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: '*'
                Resource: !Sub arn:aws:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:\${Prefix}-*`,
    },
  ],
  fail: [
    {
      name: "Allow * on ['*', a partly resolved ARN]: the '*' decides",
      template: policy(allow('*', `['*', !Sub 'arn:aws:s3:::\${Bucket}']`)),
      message: 'statement 1 allow every action on every resource',
    },
  ],
  unknown: [
    {
      name: "Fn::Sub with no literal text (`${Prefix}` may be '*')",
      template: policy(allow('*', "!Sub '${Prefix}'")),
      message: 'Prefix',
    },
    {
      name: 'a parameter as the whole Resource',
      template: policy(allow('*', '!Ref Prefix')),
      message: 'Prefix',
    },
    {
      name: 'literal text that still allows every ARN (arn:${Prefix}:* may be arn:*)',
      template: policy(allow('*', "!Sub 'arn:${Prefix}:*'")),
      message: 'Prefix',
    },
    {
      name: 'a list with a partly resolved ARN and a parameter',
      template: policy(allow('*', `[!Sub 'arn:aws:s3:::\${Bucket}', !Ref Prefix]`)),
      message: 'Prefix',
    },
    {
      name: 'Fn::Join with a piece an undecided Fn::If may drop',
      template: policy(
        allow('*', "!Join [':', ['arn:aws:s3::', !If [IsProd, 'a', !Ref AWS::NoValue], !Ref Bucket]]"),
      ),
    },
    {
      name: 'an undecided Fn::If between two ARNs',
      template: policy(allow('*', "!If [IsProd, 'arn:aws:s3:::a', !Sub 'arn:aws:s3:::${Bucket}']")),
    },
    {
      name: 'an Allow with NotResource: everything but what it names',
      template: policy(`
          - Effect: Allow
            Action: '*'
            NotResource: !Sub 'arn:aws:s3:::\${Bucket}'`),
      message: 'Bucket',
    },
    {
      name: 'an Effect that is not known is not read as an Allow',
      template: policy(`
          - Effect: !If [IsProd, Allow, Deny]
            Action: '*'
            Resource: !Sub 'arn:aws:s3:::\${Bucket}'`),
    },
  ],
});

ruleCases('iam-no-full-cloudtrail-access', {
  pass: [
    {
      name: 'cloudtrail:* on one trail of this region and account',
      template: policy(
        allow('cloudtrail:*', '!Sub arn:aws:cloudtrail:${AWS::Region}:${AWS::AccountId}:trail/${Prefix}'),
      ),
    },
  ],
  unknown: [
    {
      name: 'cloudtrail:* on a parameter',
      template: policy(allow('cloudtrail:*', '!Ref Prefix')),
    },
  ],
});

ruleCases('iam-no-marketplace-subscribe-wildcard', {
  pass: [
    {
      name: 'Allow * on an instance ARN',
      template: policy(allow('*', INSTANCE_ARN)),
    },
  ],
  unknown: [
    {
      name: "Allow * on `!Sub '${Prefix}'`",
      template: policy(allow('*', "!Sub '${Prefix}'")),
    },
  ],
});

// s3:* on a bucket's objects: the actions already rule out "every action"; decided before too.
ruleCases('iam-no-admin-policy', {
  pass: [
    {
      name: "s3:* on !Sub 'arn:aws:s3:::${Bucket}/*'",
      template: policy(allow('s3:*', "!Sub 'arn:aws:s3:::${Bucket}/*'")),
    },
  ],
});

// Privilege escalation asks whether an action is allowed on any resource: an Allow's Resource is not read.
ruleCases('iam-inline-no-privilege-escalation', {
  fail: [
    {
      name: 'iam:CreateAccessKey on the users of this account',
      template: `${PARAMETERS}
Resources:
  User:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - PolicyName: keys
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: iam:CreateAccessKey
                Resource: !Sub arn:aws:iam::\${AWS::AccountId}:user/*`,
    },
  ],
});

describe('what the template source reads of such a Resource', () => {
  async function statementsOf(statements: string) {
    const inventory = await inventoryFromTemplate(policy(statements));
    const found = inventory.resources.find(
      (resource): resource is IamPolicy => resource.type === 'iam-policy' && resource.id.endsWith('/Pol'),
    );
    if (!found || isUnknown(found.statements)) throw new Error('no readable policy Pol');
    return found.statements;
  }

  it("reads an Allow's partly resolved ARN with * for each unresolved piece, and says so", async () => {
    const [statement] = await statementsOf(allow('*', INSTANCE_ARN));
    expect(statement?.resources).toEqual({
      not: false,
      patterns: ['arn:aws:ec2:*:*:instance/*'],
      widened: true,
    });
  });

  it('keeps a resolved Allow as written, without the mark', async () => {
    const [statement] = await statementsOf(allow('*', "'arn:aws:s3:::fixed'"));
    expect(statement?.resources).toEqual({ not: false, patterns: ['arn:aws:s3:::fixed'] });
  });

  it("leaves a Deny's partly resolved Resource Unknown: a wider Deny would deny more", async () => {
    const [, deny] = await statementsOf(`${allow('*', "'*'")}
          - Effect: Deny
            Action: '*'
            Resource: ${INSTANCE_ARN}`);
    expect(isUnknown(deny?.resources)).toBe(true);
  });

  it('leaves an Allow with NotResource Unknown', async () => {
    const [statement] = await statementsOf(`
          - Effect: Allow
            Action: 's3:GetObject'
            NotResource: ${INSTANCE_ARN}`);
    expect(isUnknown(statement?.resources)).toBe(true);
  });
});
