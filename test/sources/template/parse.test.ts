import { describe, expect, it } from 'vitest';
import { jsonResourceLines, parseJson } from '../../../src/sources/template/json.js';
import { parseYaml } from '../../../src/sources/template/yaml.js';

describe('YAML short-form tags become the long form', () => {
  it('converts every CloudFormation short form, scalar, sequence and mapping forms alike', () => {
    const { value } = parseYaml(
      `
Ref: !Ref Bucket
GetAtt: !GetAtt Key.Arn
GetAttNested: !GetAtt Nested.Outputs.Name
GetAttList: !GetAtt [Key, Arn]
Sub: !Sub '\${AWS::Region}-x'
SubList: !Sub ['\${A}-y', { A: !Ref Env }]
If: !If [IsProd, 1, !Ref 'AWS::NoValue']
Join: !Join [',', [a, !Ref B]]
Select: !Select [0, !GetAZs '']
FindInMap: !FindInMap [Map, !Ref 'AWS::Region', Ami]
Equals: !Equals [!Ref Env, prod]
Not: !Not [!Condition IsProd]
And: !And [!Condition A, !Condition B]
Or: !Or [!Condition A, !Equals [x, y]]
ImportValue: !ImportValue shared-vpc
Base64: !Base64 { 'Fn::Sub': 'echo \${AWS::StackName}' }
Cidr: !Cidr [10.0.0.0/16, 4, 8]
Split: !Split [',', 'a,b']
Transform: !Transform { Name: AWS::Include, Parameters: { Location: s3://b/k } }
Resources: {}
`,
      't.yaml',
    );
    expect(value).toEqual({
      Ref: { Ref: 'Bucket' },
      GetAtt: { 'Fn::GetAtt': ['Key', 'Arn'] },
      GetAttNested: { 'Fn::GetAtt': ['Nested', 'Outputs.Name'] },
      GetAttList: { 'Fn::GetAtt': ['Key', 'Arn'] },
      Sub: { 'Fn::Sub': '${AWS::Region}-x' },
      SubList: { 'Fn::Sub': ['${A}-y', { A: { Ref: 'Env' } }] },
      If: { 'Fn::If': ['IsProd', 1, { Ref: 'AWS::NoValue' }] },
      Join: { 'Fn::Join': [',', ['a', { Ref: 'B' }]] },
      Select: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      FindInMap: { 'Fn::FindInMap': ['Map', { Ref: 'AWS::Region' }, 'Ami'] },
      Equals: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
      Not: { 'Fn::Not': [{ Condition: 'IsProd' }] },
      And: { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] },
      Or: { 'Fn::Or': [{ Condition: 'A' }, { 'Fn::Equals': ['x', 'y'] }] },
      ImportValue: { 'Fn::ImportValue': 'shared-vpc' },
      Base64: { 'Fn::Base64': { 'Fn::Sub': 'echo ${AWS::StackName}' } },
      Cidr: { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] },
      Split: { 'Fn::Split': [',', 'a,b'] },
      Transform: { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } },
      Resources: {},
    });
  });
});

describe('the Rules section short forms', () => {
  it('become Fn::Contains, Fn::EachMemberEquals, Fn::EachMemberIn, Fn::RefAll, Fn::ValueOf, Fn::ValueOfAll', () => {
    const { value } = parseYaml(
      `Rules:
  R:
    Assertions:
      - Assert: !Contains [[a, b], !Ref Env]
      - Assert: !EachMemberEquals [!ValueOfAll ['AWS::EC2::Subnet::Id', VpcId], vpc-1]
      - Assert: !EachMemberIn [!ValueOfAll ['AWS::EC2::Subnet::Id', VpcId], !RefAll 'AWS::EC2::VPC::Id']
      - Assert: !Equals [!ValueOf [Subnet, VpcId], vpc-1]
Resources: {}
`,
      'rules.yaml',
    );
    expect((value as { Rules: unknown }).Rules).toEqual({
      R: {
        Assertions: [
          { Assert: { 'Fn::Contains': [['a', 'b'], { Ref: 'Env' }] } },
          {
            Assert: {
              'Fn::EachMemberEquals': [{ 'Fn::ValueOfAll': ['AWS::EC2::Subnet::Id', 'VpcId'] }, 'vpc-1'],
            },
          },
          {
            Assert: {
              'Fn::EachMemberIn': [
                { 'Fn::ValueOfAll': ['AWS::EC2::Subnet::Id', 'VpcId'] },
                { 'Fn::RefAll': 'AWS::EC2::VPC::Id' },
              ],
            },
          },
          { Assert: { 'Fn::Equals': [{ 'Fn::ValueOf': ['Subnet', 'VpcId'] }, 'vpc-1'] } },
        ],
      },
    });
  });
});

describe('resource lines', () => {
  const yaml = `AWSTemplateFormatVersion: '2010-09-09'
# a comment
Resources:
  First:
    Type: AWS::S3::Bucket

  Second:
    Type: AWS::SQS::Queue
    Properties:
      Tags: [{ Key: Resources, Value: '{"x": 1}' }]
  "Third":
    Type: AWS::SNS::Topic
Outputs:
  First:
    Value: x
`;
  const json = `{
  "Outputs": { "Second": { "Value": "not a resource" } },
  "Resources": {
    "First": { "Type": "AWS::S3::Bucket", "Properties": { "Tags": [{ "Key": "Resources", "Value": "{\\"x\\": 1}" }] } },

    "Second":
      {
        "Type": "AWS::SQS::Queue"
      },
    "Thi\\u0072d": { "Type": "AWS::SNS::Topic", "Metadata": { "Inner": { "Resources": { "Nope": {} } } } }
  }
}`;

  it('records the 1-based line of each logical id in YAML', () => {
    expect([...parseYaml(yaml, 't.yaml').resourceLines]).toEqual([
      ['First', 4],
      ['Second', 7],
      ['Third', 11],
    ]);
  });

  it('records the 1-based line of each logical id in JSON, ignoring look-alike keys deeper down', () => {
    const parsed = parseJson(json, 't.json');
    expect([...parsed.resourceLines]).toEqual([
      ['First', 4],
      ['Second', 6],
      ['Third', 10],
    ]);
    expect(Object.keys((parsed.value as { Resources: object }).Resources)).toEqual([
      'First',
      'Second',
      'Third',
    ]);
  });

  it('finds lines in minified JSON and JSON on one line', () => {
    expect([...jsonResourceLines('{"Resources":{"A":{"Type":"x"},"B":{"Type":"y"}}}')]).toEqual([
      ['A', 1],
      ['B', 1],
    ]);
  });
});
