/**
 * `AWS::LanguageExtensions` through the real CLI: Fn::ForEach in Resources,
 * Outputs and Conditions (nested, from literal lists and CommaDelimitedList
 * parameters), Fn::Length, Fn::ToJsonString, Fn::FindInMap with DefaultValue,
 * intrinsics in DeletionPolicy, the Rules section's short forms; a loop whose
 * collection cannot be known is a gap, never a silent omission.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exit-codes.js';
import type { ScanResult } from '../../../src/engine/finding.js';
import { oneErrorLine, runCli, type CliRun } from '../../cli/capture.js';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'soc2-langext-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function scan(fileName: string, text: string, ...extra: string[]): Promise<CliRun> {
  await writeFile(join(directory, fileName), text);
  return runCli(['scan', '-t', fileName, ...extra], directory);
}

async function findings(
  fileName: string,
  text: string,
  ...extra: string[]
): Promise<{ run: CliRun; result: ScanResult }> {
  const out = await mkdtemp(join(directory, 'out-'));
  const run = await scan(fileName, text, '--out', out, '--format', 'json', ...extra);
  const { readdir } = await import('node:fs/promises');
  const found = (await readdir(out, { recursive: true })).find((path) =>
    String(path).endsWith('findings.json'),
  );
  if (!found) throw new Error(`no findings.json: ${run.stderr}${run.stdout}`);
  return { run, result: JSON.parse(await readFile(join(out, String(found)), 'utf8')) as ScanResult };
}

const TABLES = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::LanguageExtensions
Parameters:
  Engine: { Type: String, Default: postgres }
Resources:
  Fn::ForEach::Databases:
    - Name
    - [Orders, Payments, Audit]
    - Db\${Name}:
        Type: AWS::RDS::DBInstance
        DeletionPolicy: !If [IsOrders, Retain, Delete]
        UpdateReplacePolicy: !If [IsOrders, Retain, !Ref 'AWS::NoValue']
        Properties:
          DBInstanceIdentifier: !Sub 'app-\${Name}'
          Engine: !Ref Engine
          StorageEncrypted: !If ['IsAudit\${Name}', false, true]
Conditions:
  IsOrders: !Equals [!Ref 'AWS::StackName', orders]
  IsAuditAudit: !Equals [!Select [0, [Audit]], Audit]
  IsAuditOrders: !Equals [a, b]
  IsAuditPayments: !Equals [a, b]
`;

describe('Fn::ForEach in Resources', () => {
  it('generates one resource per item; the unencrypted one FAILs with the loop line', async () => {
    const { run, result } = await findings('databases.yaml', TABLES, '--rules', 'storage-encrypted');
    expect(run.code).toBe(EXIT.failures);
    const byId = new Map(result.findings.map((finding) => [finding.resource.logicalId, finding]));
    expect([...byId.keys()].sort()).toEqual(['DbAudit', 'DbOrders', 'DbPayments']);
    expect(byId.get('DbOrders')!.status).toBe('PASS');
    expect(byId.get('DbPayments')!.status).toBe('PASS');
    expect(byId.get('DbAudit')!.status).toBe('FAIL');
    expect(byId.get('DbAudit')!.resource).toMatchObject({ file: 'databases.yaml', line: 6 });
    expect(run.stdout).toContain(
      'rds-db-instance databases/DbAudit (databases.yaml:6): not encrypted at rest',
    );
  });

  it('from a CommaDelimitedList parameter: its default, or --parameters', async () => {
    const template = `Transform: [AWS::LanguageExtensions]
Parameters:
  Queues: { Type: CommaDelimitedList, Default: 'a,b' }
Resources:
  Fn::ForEach::Queues:
    - Q
    - !Ref Queues
    - Queue&{Q}:
        Type: AWS::SQS::Queue
        Properties: { QueueName: !Sub '\${Q}', SqsManagedSseEnabled: false }
`;
    const byDefault = await findings('queues.yaml', template, '--rules', 'storage-encrypted');
    expect(byDefault.result.findings.map((finding) => finding.resource.logicalId).sort()).toEqual([
      'Queuea',
      'Queueb',
    ]);
    const given = await findings(
      'queues.yaml',
      template,
      '--rules',
      'storage-encrypted',
      '-p',
      'Queues=x-1,y.2,z',
    );
    expect(given.result.findings.map((finding) => finding.resource.logicalId).sort()).toEqual([
      'Queuex1',
      'Queuey2',
      'Queuez',
    ]);
    expect(given.result.findings.every((finding) => finding.resource.line === 5)).toBe(true);
  });

  it('nested loops, and a loop inside a resource generating properties', async () => {
    const { result } = await findings(
      'nested.yaml',
      `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Envs:
    - Env
    - [dev, prod]
    - Fn::ForEach::Apps:
        - App
        - [web, api]
        - Bucket\${Env}\${App}:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !Join ['-', [!Ref Env, !Ref App]]
              PublicAccessBlockConfiguration:
                Fn::ForEach::Flags:
                  - Flag
                  - [BlockPublicAcls, BlockPublicPolicy, IgnorePublicAcls, RestrictPublicBuckets]
                  - \${Flag}: true
`,
      '--rules',
      's3-public-access-blocked',
    );
    expect(result.findings.map((finding) => [finding.resource.logicalId, finding.status]).sort()).toEqual([
      ['Bucketdevapi', 'PASS'],
      ['Bucketdevweb', 'PASS'],
      ['Bucketprodapi', 'PASS'],
      ['Bucketprodweb', 'PASS'],
    ]);
  });

  it('a collection that cannot be known: the affected checks are UNKNOWN and name the loop', async () => {
    const run = await scan(
      'unknown.yaml',
      `Transform: AWS::LanguageExtensions
Parameters:
  Names: { Type: CommaDelimitedList }
Resources:
  Fn::ForEach::Tables:
    - Name
    - !Ref Names
    - Table\${Name}:
        Type: AWS::DynamoDB::Table
        Properties: { KeySchema: [] }
  Bucket: { Type: AWS::S3::Bucket }
`,
      '--rules',
      'storage-encrypted',
    );
    expect(run.code).toBe(EXIT.incomplete);
    expect(run.stdout).toContain('Fn::ForEach::Tables');
    expect(run.stdout).toMatch(/UNKNOWN.*dynamodb-table/);
    expect(run.stdout).toContain('parameter Names has no value');
  });

  it('a loop inside a resource with an unknown collection: that resource is a gap, never checked with a guess', async () => {
    const run = await scan(
      'unknown-properties.yaml',
      `Transform: AWS::LanguageExtensions
Parameters:
  Flags: { Type: CommaDelimitedList }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        Fn::ForEach::Flags:
          - Flag
          - !Ref Flags
          - \${Flag}: true
`,
      '--rules',
      's3-public-access-blocked',
    );
    expect(run.code).toBe(EXIT.incomplete);
    expect(run.stdout).not.toMatch(/PASS s3-bucket/);
    expect(run.stdout).toContain(
      'unknown-properties.yaml: resource Bucket in Resources (line 5) could not be expanded: the collection of Fn::ForEach::Flags is unknown: parameter Flags has no value; pass --parameters Flags=...; it is not checked',
    );
  });

  it('a loop that generates the same logical id twice is refused', async () => {
    const run = await scan(
      'same.yaml',
      `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Twice:
    - Name
    - [a, b]
    - Table:
        Type: AWS::SQS::Queue
`,
    );
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toContain(
      'Fn::ForEach::Twice in Resources (line 3) generates Table more than once',
    );
  });

  it('Fn::ForEach without the transform is refused', async () => {
    const run = await scan(
      'no-transform.yaml',
      'Resources:\n  Fn::ForEach::X:\n    - N\n    - [a]\n    - Q${N}: { Type: AWS::SQS::Queue }\n',
    );
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toContain('Fn::ForEach::X needs the AWS::LanguageExtensions transform');
  });
});

describe('Fn::ForEach in Conditions and Outputs, and the other extensions', () => {
  it('generated conditions decide generated resources; outputs expand', async () => {
    const { result } = await findings(
      'conditions.json',
      JSON.stringify({
        Transform: 'AWS::LanguageExtensions',
        Mappings: { Sizes: { prod: { Count: '2' } } },
        Conditions: {
          'Fn::ForEach::Envs': [
            'Env',
            ['dev', 'prod'],
            { 'Is${Env}': { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
          ],
        },
        Resources: {
          'Fn::ForEach::Logs': [
            'Env',
            ['dev', 'prod'],
            {
              'Volume${Env}': {
                Type: 'AWS::EC2::Volume',
                Condition: 'Is${Env}',
                DeletionPolicy: { 'Fn::If': ['Is${Env}', 'Snapshot', 'Delete'] },
                UpdateReplacePolicy: { Ref: 'AWS::NoValue' },
                Properties: {
                  AvailabilityZone: 'eu-west-1a',
                  Size: { 'Fn::Length': [1, 2, 3] },
                  Encrypted: { 'Fn::If': ['Is${Env}', true, false] },
                  Iops: { 'Fn::FindInMap': ['Sizes', 'test', 'Count', { DefaultValue: '3' }] },
                  Tags: [{ Key: 'json', Value: { 'Fn::ToJsonString': { env: '${Env}', n: [1] } } }],
                },
              },
            },
          ],
        },
        Outputs: {
          'Fn::ForEach::Out': ['Env', ['dev', 'prod'], { 'Out${Env}': { Value: { 'Fn::Sub': '${Env}' } } }],
        },
      }),
      '--rules',
      'storage-encrypted',
    );
    expect(result.findings.map((finding) => [finding.resource.logicalId, finding.status])).toEqual([
      ['Volumeprod', 'PASS'],
    ]);
  });

  it('outputs generated by a loop are read through a nested stack', async () => {
    await writeFile(
      join(directory, 'child.yaml'),
      `Transform: AWS::LanguageExtensions
Mappings:
  Flags: { dev: { Encrypt: 'false' }, prod: { Encrypt: 'true' } }
Resources:
  Topic: { Type: AWS::SNS::Topic }
Outputs:
  Fn::ForEach::Flags:
    - Env
    - [dev, prod]
    - Encrypt\${Env}:
        Value: !FindInMap [Flags, !Ref Env, Encrypt]
`,
    );
    const { result } = await findings(
      'parent.yaml',
      `Resources:
  Child:
    Type: AWS::CloudFormation::Stack
    Properties: { TemplateURL: ./child.yaml }
  DevDb:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, StorageEncrypted: !GetAtt Child.Outputs.Encryptdev }
  ProdDb:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, StorageEncrypted: !GetAtt Child.Outputs.Encryptprod }
`,
      '--rules',
      'storage-encrypted',
    );
    const statuses = result.findings
      .filter((finding) => finding.resource.type === 'rds-db-instance')
      .map((finding) => [finding.resource.logicalId, finding.status])
      .sort();
    expect(statuses).toEqual([
      ['DevDb', 'FAIL'],
      ['ProdDb', 'PASS'],
    ]);
  });

  it('conditions from a loop whose collection is unknown are unknown, not undefined', async () => {
    const { run, result } = await findings(
      'unknown-conditions.yaml',
      `Transform: AWS::LanguageExtensions
Parameters:
  Envs: { Type: CommaDelimitedList }
Conditions:
  Fn::ForEach::IsEnv:
    - Env
    - !Ref Envs
    - Is\${Env}: !Equals [!Ref Env, prod]
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, StorageEncrypted: !If [Isprod, true, false] }
`,
      '--rules',
      'storage-encrypted',
    );
    expect(run.code).toBe(EXIT.incomplete);
    const db = result.findings.find((finding) => finding.resource.logicalId === 'Db')!;
    expect(db.status).toBe('UNKNOWN');
    expect(db.message).toContain('Fn::ForEach::IsEnv');
  });

  it('Fn::ToJsonString and Fn::Length evaluate; Fn::FindInMap falls back to DefaultValue', async () => {
    const { result } = await findings(
      'functions.yaml',
      `Transform: AWS::LanguageExtensions
Mappings:
  Flags: { prod: { Encrypt: 'true' } }
Resources:
  Logs:
    Type: AWS::SQS::Queue
    Properties:
      SqsManagedSseEnabled: !If [Serialized, !FindInMap [Flags, staging, Encrypt, { DefaultValue: 'true' }], false]
      DelaySeconds: !Length [a, b]
Conditions:
  Serialized: !And
    - !Equals [!ToJsonString { a: [1, 'b'], c: { d: x } }, '{"a":[1,"b"],"c":{"d":"x"}}']
    - !Equals [!Length [a, !Ref 'AWS::Region'], 2]
`,
      '--rules',
      'storage-encrypted',
    );
    expect(result.findings.map((finding) => [finding.resource.logicalId, finding.status])).toEqual([
      ['Logs', 'PASS'],
    ]);
  });

  it('the Rules section short forms parse', async () => {
    const run = await scan(
      'rules.yaml',
      `Parameters:
  Env: { Type: String, Default: prod }
  Subnets: { Type: 'List<AWS::EC2::Subnet::Id>', Default: 'subnet-1' }
Rules:
  ProdSubnets:
    RuleCondition: !Equals [!Ref Env, prod]
    Assertions:
      - Assert: !Contains [[prod, dev], !Ref Env]
      - Assert: !EachMemberEquals [!ValueOfAll ['AWS::EC2::Subnet::Id', VpcId], vpc-1]
      - Assert: !EachMemberIn [!ValueOfAll ['AWS::EC2::Subnet::Id', VpcId], !RefAll 'AWS::EC2::VPC::Id']
      - Assert: !Equals [!ValueOf [Subnets, VpcId], vpc-1]
Resources:
  Bucket: { Type: AWS::SQS::Queue }
`,
      '--rules',
      'storage-encrypted',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(EXIT.ok);
  });
});
