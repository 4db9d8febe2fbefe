import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUnknown } from '../../../src/inventory/maybe.js';
import { loadTemplateSource } from '../../../src/sources/template/index.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/templates');

describe('a cdk.out cloud assembly with a stage and a nested stack', async () => {
  const source = await loadTemplateSource(['cdk.out'], { parameters: {}, parameterFiles: [], cwd: FIXTURES });
  const { inventory } = source;
  const ids = inventory.resources.map((resource) => resource.id).sort();

  it('loads every stack: top level, inside the stage assembly, and the nested stack', () => {
    expect(ids).toEqual([
      'AppStack/AuditLogs',
      'AppStack/DataNestedStackNestedStackResource1A2B3C4D/Bucket83908E77',
      'AppStack/DataNestedStackNestedStackResource1A2B3C4D/NestedKey',
      'AppStack/ImportedKeyQueue',
      'AppStack/Key961B73FD',
      'ProdDbStack2C3D4E5F/QueueKey',
      'ProdDbStack2C3D4E5F/TableCD117FA1',
    ]);
    expect(source.parameters.stacks).toEqual([
      'AppStack',
      'AppStack/DataNestedStackNestedStackResource1A2B3C4D',
      'ProdDbStack2C3D4E5F',
    ]);
    expect(inventory.gaps).toEqual([]);
  });

  it('names the scope after the app folder and lists the files read', () => {
    expect(source.scope).toBe('templates');
    expect(source.dataSources).toEqual([
      'cdk.out/manifest.json',
      'cdk.out/AppStack.template.json',
      'cdk.out/assembly-Prod/manifest.json',
      'cdk.out/assembly-Prod/ProdDbStack2C3D4E5F.template.json',
      'cdk.out/AppStackDataNestedStack5E6F7A8B.nested.template.json',
    ]);
  });

  it('passes a parent resource into the nested stack through its parameters', () => {
    const bucket = inventory.ofType('s3-bucket')[0]!;
    expect(bucket.encryption).toEqual({ state: 'kms', keyId: 'AppStack/Key961B73FD' });
    expect(inventory.classifyKey('AppStack/Key961B73FD')).toBe('customer-managed');
  });

  it("resolves a parent's GetAtt of a nested stack output to the nested resource", () => {
    const logs = inventory.ofType('log-group')[0]!;
    expect(logs.encryption).toEqual({
      state: 'kms',
      keyId: 'AppStack/DataNestedStackNestedStackResource1A2B3C4D/NestedKey',
    });
  });

  it('resolves Fn::ImportValue to the export of a stack loaded later (CDK cross-stack references)', () => {
    const queue = inventory.ofType('sqs-queue')[0]!;
    expect(queue.encryption).toEqual({ state: 'kms', keyId: 'ProdDbStack2C3D4E5F/QueueKey' });
  });

  it('records the construct path, the file and the region from the manifest environment', () => {
    const key = inventory.ofType('kms-key').find((resource) => resource.id === 'AppStack/Key961B73FD')!;
    expect(key.origin).toMatchObject({
      file: 'cdk.out/AppStack.template.json',
      line: 3,
      cdkPath: 'AppStack/Key/Resource',
      stack: 'AppStack',
    });
    expect(key.region).toBe('eu-west-1');
    expect(inventory.meta).toMatchObject({
      source: 'template',
      regions: ['eu-west-1'],
      accounts: ['111122223333'],
    });
  });

  it('knows the deployed stack name from the manifest (AWS::StackName)', () => {
    const table = inventory.ofType('dynamodb-table')[0]!;
    expect(table.name).toBe('Prod-DbStack-table');
    expect(table.encryption).toEqual({ state: 'aws-owned' });
    expect(isUnknown(table.encryption)).toBe(false);
  });
});
