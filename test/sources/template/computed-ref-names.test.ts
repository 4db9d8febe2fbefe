/**
 * Under AWS::LanguageExtensions, `Ref` and `Fn::GetAtt` take an intrinsic that
 * resolves to a logical name (`Ref: !Sub EC2InstanceRole${SubnetKey}` inside
 * an Fn::ForEach, as yuji-kurabayashi/cloudformation_templates'
 * cfn_network_test.yaml writes it): the name is decided, so the reference is
 * that resource's, not "Ref to a non-string".
 */
import { describe, expect, it } from 'vitest';
import { Unknown } from '../../../src/inventory/maybe.js';
import { StackEvaluator } from '../../../src/sources/template/evaluate.js';
import { ResourceRef, type Value } from '../../../src/sources/template/values.js';
import { parseYaml } from '../../../src/sources/template/yaml.js';
import { findingsOf } from '../../support/rule-cases.js';
import { inventoryFromTemplate } from '../../support/template.js';

/** cfn_network_test.yaml's roles and their inline policies, trimmed; one policy allows everything. */
const LOOP = `Transform: AWS::LanguageExtensions
Parameters:
  Keys:
    Type: CommaDelimitedList
    Default: A,B
Resources:
  Fn::ForEach::Hosts:
    - Key
    - !Ref Keys
    - Role\${Key}:
        Type: AWS::IAM::Role
        Properties:
          AssumeRolePolicyDocument:
            Statement:
              - Effect: Allow
                Principal: { Service: ec2.amazonaws.com }
                Action: sts:AssumeRole
      Policy\${Key}:
        Type: AWS::IAM::Policy
        Properties:
          PolicyName: !Sub policy-\${Key}
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource: '*'
          Roles:
            - Ref: !Sub Role\${Key}
  AdminPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: admin
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: '*'
            Resource: '*'
      Roles:
        - Ref: !Join ['', [Role, B]]
  UnknownPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: unknown
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: '*'
            Resource: '*'
      Roles:
        - Ref: !ImportValue some-role-name
`;

describe('Ref and Fn::GetAtt whose logical name is an intrinsic', () => {
  it('name the resource the intrinsic resolves to; an unresolved name stays UNKNOWN', async () => {
    const roles = async (text: string): Promise<(string | undefined)[][]> =>
      findingsOf('iam-no-inline-policies', await inventoryFromTemplate(text)).map((finding) => [
        finding.resource.logicalId,
        finding.status,
        finding.message,
      ]);
    // Without UnknownPolicy, whose role cannot be told, each role has the policies that name it.
    expect(await roles(LOOP.slice(0, LOOP.indexOf('  UnknownPolicy:')))).toEqual([
      ['RoleA', 'FAIL', 'inline policies: policy-A'],
      ['RoleB', 'FAIL', 'inline policies: policy-B, admin'],
    ]);
    expect(await roles(LOOP)).toEqual([
      ['RoleA', 'UNKNOWN', expect.stringContaining('UnknownPolicy may name RoleA')],
      ['RoleB', 'UNKNOWN', expect.stringContaining('UnknownPolicy may name RoleB')],
    ]);
  });
});

function evaluator(text: string): StackEvaluator {
  const parsed = parseYaml(text, 't.yaml');
  return new StackEvaluator(
    {
      name: 'S',
      file: {
        path: '/t.yaml',
        displayPath: 't.yaml',
        template: parsed.value as never,
        resourceLines: parsed.resourceLines,
      },
      givenParameters: new Map<string, () => Value>(),
    },
    { nestedOutput: () => new Unknown('no nested stacks here'), importValue: () => undefined },
  );
}

describe('the evaluator', () => {
  const stack = evaluator(`Transform: AWS::LanguageExtensions
Parameters:
  Env: { Type: String, Default: Prod }
  Open: { Type: String }
Resources:
  BucketProd: { Type: AWS::S3::Bucket }
`);

  it('reads Ref and Fn::GetAtt of a Sub that names a resource or parameter', () => {
    const ref = stack.evaluate({ Ref: { 'Fn::Sub': 'Bucket${Env}' } });
    expect(ref).toBeInstanceOf(ResourceRef);
    expect((ref as ResourceRef).logicalId).toBe('BucketProd');
    const arn = stack.evaluate({ 'Fn::GetAtt': [{ 'Fn::Sub': 'Bucket${Env}' }, 'Arn'] });
    expect(arn).toBeInstanceOf(ResourceRef);
    expect([(arn as ResourceRef).logicalId, (arn as ResourceRef).attribute]).toEqual(['BucketProd', 'Arn']);
    expect(stack.evaluate({ Ref: { 'Fn::Join': ['', ['E', 'nv']] } })).toBe('Prod');
  });

  it('keeps a name that does not resolve Unknown, saying why', () => {
    const unresolved = stack.evaluate({ Ref: { 'Fn::Sub': 'Bucket${Open}' } });
    expect(unresolved).toBeInstanceOf(Unknown);
    expect((unresolved as Unknown).reason).toContain('parameter Open has no value');
    expect(stack.evaluate({ Ref: ['a', 'b'] })).toBeInstanceOf(Unknown);
  });
});
