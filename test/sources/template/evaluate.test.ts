import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnknown, Unknown } from '../../../src/inventory/maybe.js';
import { StackEvaluator } from '../../../src/sources/template/evaluate.js';
import { loadTemplateSource } from '../../../src/sources/template/index.js';
import { ResourceRef, type Value } from '../../../src/sources/template/values.js';
import { parseYaml } from '../../../src/sources/template/yaml.js';
import { inventoryFromTemplate } from '../../support/template.js';

const TEMPLATE = `
Parameters:
  Env: { Type: String, Default: dev }
  Subnets: { Type: CommaDelimitedList, Default: 'a, b' }
  NoDefault: { Type: String }
  Ami: { Type: 'AWS::SSM::Parameter::Value<String>', Default: /aws/ami }
Mappings:
  Sizes:
    dev: { Db: small }
    prod: { Db: large }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Unknowable: !Equals [!Ref NoDefault, x]
  ProdOrUnknown: !Or [!Condition IsProd, !Condition Unknowable]
  DevOrUnknown: !Or [!Condition IsDev, !Condition Unknowable]
  DevAndUnknown: !And [!Condition IsDev, !Condition Unknowable]
  ProdAndUnknown: !And [!Condition IsProd, !Condition Unknowable]
Resources:
  Key: { Type: AWS::KMS::Key }
  ProdOnly: { Type: AWS::S3::Bucket, Condition: IsProd }
`;

function evaluator(parameters: Record<string, string> = {}, region?: string): StackEvaluator {
  const parsed = parseYaml(TEMPLATE, 't.yaml');
  return new StackEvaluator(
    {
      name: 'S',
      file: {
        path: '/t.yaml',
        displayPath: 't.yaml',
        template: parsed.value as never,
        resourceLines: parsed.resourceLines,
      },
      region,
      givenParameters: new Map(Object.entries(parameters).map(([key, value]) => [key, (): Value => value])),
    },
    { nestedOutput: () => new Unknown('no nested stacks here'), importValue: () => undefined },
  );
}

function reasonOf(value: unknown): string {
  if (!isUnknown(value)) throw new Error(`expected Unknown, got ${JSON.stringify(value)}`);
  return value.reason;
}

describe('parameters', () => {
  it('uses defaults, lets given values win, and splits list parameters', () => {
    expect(evaluator().evaluate({ Ref: 'Env' })).toBe('dev');
    expect(evaluator({ Env: 'prod' }).evaluate({ Ref: 'Env' })).toBe('prod');
    expect(evaluator().evaluate({ Ref: 'Subnets' })).toEqual(['a', 'b']);
    expect(evaluator({ Subnets: 'x,y,z' }).evaluate({ Ref: 'Subnets' })).toEqual(['x', 'y', 'z']);
  });

  it('a parameter without a value is Unknown, saying how to give one', () => {
    expect(reasonOf(evaluator().evaluate({ Ref: 'NoDefault' }))).toBe(
      'parameter NoDefault has no value; pass --parameters NoDefault=...',
    );
  });

  it('an SSM-typed parameter is Unknown: its default names the SSM parameter, not the value', () => {
    expect(reasonOf(evaluator().evaluate({ Ref: 'Ami' }))).toContain('read from SSM parameter /aws/ami');
  });
});

describe('pseudo parameters', () => {
  it('knows only what is fixed or given', () => {
    const plain = evaluator();
    expect(plain.evaluate({ Ref: 'AWS::Partition' })).toBe('aws');
    expect(plain.evaluate({ Ref: 'AWS::URLSuffix' })).toBe('amazonaws.com');
    expect(reasonOf(plain.evaluate({ Ref: 'AWS::Region' }))).toContain(
      'AWS::Region is known only at deploy time',
    );
    expect(reasonOf(plain.evaluate({ Ref: 'AWS::AccountId' }))).toContain('AccountId');
    expect(reasonOf(plain.evaluate({ Ref: 'AWS::StackName' }))).toContain('StackName');
    expect(evaluator({}, 'eu-west-1').evaluate({ Ref: 'AWS::Region' })).toBe('eu-west-1');
  });

  it('AWS::NoValue removes the property or list item', () => {
    const value = evaluator().evaluate({
      Keep: 1,
      Drop: { Ref: 'AWS::NoValue' },
      List: [1, { 'Fn::If': ['IsDev', { Ref: 'AWS::NoValue' }, 2] }, 3],
    });
    expect(value).toEqual({ Keep: 1, List: [1, 3] });
  });
});

describe('conditions: known true, known false, unknown', () => {
  it('evaluates Equals, Not, And and Or three-valued', () => {
    const dev = evaluator();
    expect(dev.condition('IsProd')).toBe(false);
    expect(dev.condition('IsDev')).toBe(true);
    expect(reasonOf(dev.condition('Unknowable'))).toContain('parameter NoDefault has no value');
    expect(isUnknown(dev.condition('ProdOrUnknown'))).toBe(true);
    expect(dev.condition('DevOrUnknown')).toBe(true);
    expect(isUnknown(dev.condition('DevAndUnknown'))).toBe(true);
    expect(dev.condition('ProdAndUnknown')).toBe(false);
    expect(evaluator({ NoDefault: 'x' }).condition('Unknowable')).toBe(true);
    expect(evaluator({ Env: 'prod' }).condition('IsProd')).toBe(true);
  });

  it('Fn::If takes the known branch, and is Unknown on an unknown condition unless both branches agree', () => {
    const dev = evaluator();
    expect(dev.evaluate({ 'Fn::If': ['IsProd', 'a', 'b'] })).toBe('b');
    expect(reasonOf(dev.evaluate({ 'Fn::If': ['Unknowable', 'a', 'b'] }))).toContain(
      'condition Unknowable is unknown',
    );
    expect(dev.evaluate({ 'Fn::If': ['Unknowable', { A: [1] }, { A: [1] }] })).toEqual({ A: [1] });
  });

  it('never enumerates combinations: a long chain of conditions evaluates each once', () => {
    const count = 2000;
    const conditions: Record<string, unknown> = { C0: { 'Fn::Equals': [{ Ref: 'P' }, 'x'] } };
    for (let i = 1; i < count; i += 1) {
      conditions[`C${i}`] = {
        'Fn::Or': [
          { Condition: `C${i - 1}` },
          { 'Fn::And': [{ Condition: `C${i - 1}` }, { Condition: `C${i - 1}` }] },
        ],
      };
    }
    const chain = new StackEvaluator(
      {
        name: 'S',
        file: {
          path: '/c.json',
          displayPath: 'c.json',
          template: { Parameters: { P: { Type: 'String' } }, Conditions: conditions, Resources: {} },
          resourceLines: new Map(),
        },
        givenParameters: new Map(),
      },
      { nestedOutput: () => new Unknown('none'), importValue: () => undefined },
    );
    for (let i = 0; i < count; i += 1) chain.condition(`C${i}`);
    expect(isUnknown(chain.condition(`C${count - 1}`))).toBe(true);
  });
});

describe('intrinsic functions', () => {
  const dev = evaluator({}, 'eu-west-1');
  it.each([
    [
      'Fn::Sub with pseudo parameters and parameters',
      { 'Fn::Sub': '${Env}-${AWS::Region}-${!Literal}' },
      'dev-eu-west-1-${Literal}',
    ],
    ['Fn::Sub with a variable map', { 'Fn::Sub': ['${A}/${B}', { A: 'x', B: { Ref: 'Env' } }] }, 'x/dev'],
    ['Fn::Join', { 'Fn::Join': ['-', ['a', { Ref: 'Env' }, 3]] }, 'a-dev-3'],
    ['Fn::Join of a list parameter', { 'Fn::Join': [',', { Ref: 'Subnets' }] }, 'a,b'],
    ['Fn::Select', { 'Fn::Select': ['1', { Ref: 'Subnets' }] }, 'b'],
    ['Fn::Split', { 'Fn::Split': ['/', 'a/b/c'] }, ['a', 'b', 'c']],
    ['Fn::FindInMap', { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'Db'] }, 'small'],
    ['Fn::Base64', { 'Fn::Base64': 'hi' }, 'aGk='],
    ['Fn::Length', { 'Fn::Length': [1, 2, 3] }, 3],
  ])('%s', (_name, expression, expected) => {
    expect(dev.evaluate(expression)).toEqual(expected);
  });

  it.each([
    ['Fn::Sub with an unknown variable', { 'Fn::Sub': '${NoDefault}-x' }, 'parameter NoDefault has no value'],
    [
      'Fn::Sub with a resource attribute',
      { 'Fn::Sub': '${Key.Arn}' },
      'Key.Arn is known only after deployment',
    ],
    [
      'Fn::GetAZs',
      { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      'availability zones are known only at deploy time',
    ],
    [
      'Fn::ImportValue, naming the export',
      { 'Fn::ImportValue': { 'Fn::Sub': '${Env}-vpc' } },
      'export dev-vpc',
    ],
    [
      'Fn::FindInMap with a missing key',
      { 'Fn::FindInMap': ['Sizes', 'test', 'Db'] },
      'Mappings Sizes has no entry test/Db',
    ],
    ['Fn::Cidr', { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] }, 'deploy time'],
    [
      'a Ref to a resource whose condition is false',
      { Ref: 'ProdOnly' },
      'resource ProdOnly is not created (condition IsProd is false)',
    ],
  ])('%s is Unknown with the reason', (_name, expression, reason) => {
    expect(reasonOf(dev.evaluate(expression))).toContain(reason);
  });

  it('Ref and GetAtt to a resource are references to it by inventory id', () => {
    expect(dev.evaluate({ Ref: 'Key' })).toEqual(new ResourceRef('S/Key', 'Key', 'AWS::KMS::Key'));
    expect(dev.evaluate({ 'Fn::GetAtt': ['Key', 'Arn'] })).toEqual(
      new ResourceRef('S/Key', 'Key', 'AWS::KMS::Key', 'Arn'),
    );
  });
});

describe('conditions and parameters through the loader', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'soc2-eval-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  const template = `
Parameters:
  Env: { Type: String }
  Rotate: { Type: String, Default: 'false' }
  Team: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  Maybe: !Equals [!Ref Team, core]
Resources:
  ProdKey:
    Type: AWS::KMS::Key
    Condition: IsProd
    Properties: { EnableKeyRotation: !Ref Rotate }
  MaybeKey:
    Type: AWS::KMS::Key
    Condition: Maybe
    Properties: { EnableKeyRotation: true }
`;

  it('excludes resources whose condition is false and marks unknown-condition ones as conditional', async () => {
    const inventory = await inventoryFromTemplate(template, { parameters: { Env: 'dev' } });
    expect(inventory.resources.map((resource) => resource.id)).toEqual(['template/MaybeKey']);
    expect(inventory.resources[0]?.tags?.['soc2:conditional']).toContain('Maybe: condition Maybe is unknown');
  });

  it('reads both parameter file forms; --parameters wins over files', async () => {
    await writeFile(join(directory, 't.yaml'), template);
    await writeFile(
      join(directory, 'cli.json'),
      JSON.stringify([
        { ParameterKey: 'Env', ParameterValue: 'prod' },
        { ParameterKey: 'Rotate', ParameterValue: 'false' },
      ]),
    );
    await writeFile(
      join(directory, 'pipeline.json'),
      JSON.stringify({ Parameters: { Rotate: 'true', Team: 'core' } }),
    );
    const load = (parameters: Record<string, string>) =>
      loadTemplateSource(['t.yaml'], {
        parameters,
        parameterFiles: ['cli.json', 'pipeline.json'],
        cwd: directory,
      });
    const fromFiles = await load({});
    const prodKey = fromFiles.inventory.ofType('kms-key').find((key) => key.id === 't/ProdKey');
    expect(prodKey?.rotationEnabled).toBe(true);
    expect(fromFiles.inventory.resources[1]?.tags).toBeUndefined();
    expect(fromFiles.dataSources).toEqual(['cli.json', 'pipeline.json', 't.yaml']);
    expect(fromFiles.parameters.templateParameters).toEqual({ Env: 'prod', Rotate: 'true', Team: 'core' });
    const overridden = await load({ Rotate: 'false' });
    expect(
      overridden.inventory.ofType('kms-key').find((key) => key.id === 't/ProdKey')?.rotationEnabled,
    ).toBe(false);
  });
});
