/**
 * A principal whose name or ARN a template passes to a nested stack the scan cannot read
 * (Amplify's root stack hands its auth and unauth roles to remote category stacks, which
 * attach AWS::IAM::Policy resources to them) may get policies or groups there: "no inline
 * policy" or "in no group" cannot stand on what was read. A proven FAIL still stands.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/engine/run.js';
import { loadTemplateSource } from '../../../src/sources/template/index.js';
import { referencedLogicalIds } from '../../../src/sources/template/referenced.js';
import { ruleById } from '../../support/rule-cases.js';
import { inventoryFromTemplate } from '../../support/template.js';

const TEMPLATE = `
Resources:
  AuthRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
  InlineRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
      Policies:
        - PolicyName: logs
          PolicyDocument: { Statement: [{ Effect: Allow, Action: logs:PutLogEvents, Resource: '*' }] }
  KeptRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
  Operator:
    Type: AWS::IAM::User
  Storage:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://s3.amazonaws.com/deploy-bucket/storage/cloudformation-template.json
      Parameters:
        authRoleName: !Ref AuthRole
        inlineRoleArn: !GetAtt InlineRole.Arn
        operator: !Sub 'user/\${Operator}'
`;

describe('principals handed to a nested stack the scan cannot read', () => {
  it('are UNKNOWN where the verdict rests on nothing more being attached, FAIL where one is proven', async () => {
    const inventory = await inventoryFromTemplate(TEMPLATE);
    const verdicts = (ruleId: string) =>
      Object.fromEntries(
        runRules(inventory, [ruleById(ruleId)], { now: new Date('2026-12-01T00:00:00Z') })
          .filter((finding) => finding.resource.logicalId !== undefined)
          .map((finding) => [finding.resource.logicalId, finding.status]),
      );
    expect(verdicts('iam-no-inline-policies')).toEqual({
      AuthRole: 'UNKNOWN',
      InlineRole: 'FAIL',
      KeptRole: 'PASS',
      Operator: 'UNKNOWN',
    });
    expect(verdicts('iam-no-bedrock-full-access')).toMatchObject({ AuthRole: 'UNKNOWN', KeptRole: 'PASS' });
    expect(verdicts('iam-user-in-group')).toEqual({ Operator: 'UNKNOWN' });
    expect(verdicts('iam-users-no-direct-policies')).toEqual({ Operator: 'UNKNOWN' });
    const [auth] = runRules(inventory, [ruleById('iam-no-inline-policies')], { now: new Date() }).filter(
      (finding) => finding.resource.logicalId === 'AuthRole',
    );
    expect(auth?.message).toContain('passed to nested stack');
  });

  it('reads the logical ids a value refers to: Ref, GetAtt, Sub, not pseudo parameters or Sub variables', () => {
    expect(
      [
        ...referencedLogicalIds({
          a: { Ref: 'Role' },
          b: { 'Fn::GetAtt': ['Bucket', 'Arn'] },
          c: { 'Fn::GetAtt': 'Queue.Arn' },
          d: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${Named}' },
          e: { 'Fn::Sub': ['${Local}-${Topic.TopicName}', { Local: { Ref: 'Param' } }] },
          f: { Ref: 'AWS::Region' },
          g: { 'Fn::Join': ['', [{ Ref: 'Joined' }]] },
        }),
      ].sort(),
    ).toEqual(['Bucket', 'Joined', 'Named', 'Param', 'Queue', 'Role', 'Topic']);
  });
});

describe('a principal handed down through a nested stack that was read, then on to one that was not', () => {
  it('is UNKNOWN too: the parameter that carries it leads back to the parent resource', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'soc2-handed-'));
    try {
      await writeFile(
        join(directory, 'root.yaml'),
        `
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
  KeptRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
  Middle:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: middle.yaml
      Parameters: { RoleName: !Ref AppRole, Other: !Ref KeptRole }
`,
      );
      await writeFile(
        join(directory, 'middle.yaml'),
        `
Parameters:
  RoleName: { Type: String }
  Other: { Type: String }
Resources:
  Topic: { Type: AWS::SNS::Topic }
  Leaf:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://s3.amazonaws.com/deploy-bucket/leaf.yaml
      Parameters: { Role: !Ref RoleName }
`,
      );
      const { inventory } = await loadTemplateSource(['root.yaml'], {
        parameters: {},
        parameterFiles: [],
        cwd: directory,
      });
      const verdicts = Object.fromEntries(
        runRules(inventory, [ruleById('iam-no-inline-policies')], { now: new Date('2026-12-01T00:00:00Z') })
          .filter((finding) => finding.resource.logicalId !== undefined)
          .map((finding) => [finding.resource.logicalId, finding.status]),
      );
      expect(verdicts).toEqual({ AppRole: 'UNKNOWN', KeptRole: 'PASS' });
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
