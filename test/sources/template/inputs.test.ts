import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUnknown } from '../../../src/inventory/maybe.js';
import { loadTemplateSource } from '../../../src/sources/template/index.js';
import { inventoryFromTemplate } from '../../support/template.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/templates');
const load = (paths: string[], name?: string) =>
  loadTemplateSource(paths, { parameters: {}, parameterFiles: [], cwd: FIXTURES, name });

describe('a directory of templates', async () => {
  const source = await load(['tree']);

  it('finds templates recursively and skips files that are not templates', () => {
    expect(source.dataSources).toEqual(['tree/main.yaml', 'tree/other.json', 'tree/nested/storage.yaml']);
    expect(source.scope).toBe('tree');
  });

  it('reads a nested stack with a local TemplateURL once, as a child of its parent', () => {
    expect(source.parameters.stacks).toEqual(['main', 'main/Storage', 'other']);
    const queue = source.inventory.ofType('sqs-queue')[0];
    expect(queue?.id).toBe('main/Storage/Queue');
    expect(queue?.encryption).toEqual({ state: 'kms', keyId: 'main/Key' });
  });

  it('a nested stack whose template is remote is a gap: its resources could be anything', () => {
    const gaps = source.inventory.gapsFor('s3-bucket');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.reason).toContain('main/Remote');
  });
});

describe('several paths', () => {
  it('gives each stack a unique name and the scope from every path, or the --name', async () => {
    const source = await load(['tree/main.yaml', 'network-db.yaml'], 'payments');
    expect(source.scope).toBe('payments');
    expect(source.parameters.templates).toEqual(['tree/main.yaml', 'network-db.yaml']);
    const derived = await load(['tree/other.json', 'network-db.yaml']);
    expect(derived.scope).toBe('other+network-db');
  });
});

describe('template suppressions in Metadata', () => {
  it('reads ours and those of checkov, cfn_nag, cdk-nag and cfn-guard', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Metadata:
      soc2:
        suppress:
          - { rule: storage-encrypted-with-cmk, justification: public assets, expires: 2027-01-31 }
      checkov:
        skip: [{ id: CKV_AWS_19, comment: assets only }]
      cfn_nag:
        rules_to_suppress: [{ id: W41, reason: assets }]
      cdk_nag:
        rules_to_suppress: [{ id: AwsSolutions-S1, reason: no logs }]
      guard:
        SuppressedRules: [S3_BUCKET_SSE]
`);
    expect(inventory.resources[0]?.suppressions).toEqual([
      {
        id: 'storage-encrypted-with-cmk',
        tool: 'soc2',
        justification: 'public assets',
        expires: '2027-01-31',
      },
      { id: 'CKV_AWS_19', tool: 'checkov', justification: 'assets only' },
      { id: 'W41', tool: 'cfn_nag', justification: 'assets' },
      { id: 'AwsSolutions-S1', tool: 'cdk_nag', justification: 'no logs' },
      { id: 'S3_BUCKET_SSE', tool: 'guard', justification: 'suppressed in template Metadata (guard)' },
    ]);
  });
});

describe('templates with a transform', () => {
  it('accept references to resources the transform creates, as Unknown', async () => {
    const inventory = await inventoryFromTemplate(`
Transform: AWS::Serverless-2016-10-31
Resources:
  Logs:
    Type: AWS::Logs::LogGroup
    Properties:
      KmsKeyId: !Ref FunctionKeyCreatedBySam
`);
    const logs = inventory.ofType('log-group')[0];
    expect(logs?.encryption).toMatchObject({ state: 'kms' });
    const keyId =
      logs?.encryption && !isUnknown(logs.encryption) && logs.encryption.state === 'kms'
        ? logs.encryption.keyId
        : undefined;
    expect(isUnknown(keyId) && keyId.reason).toContain("Ref to unknown 'FunctionKeyCreatedBySam'");
  });
});
