/**
 * SAM and conditions across files: an `AWS::Serverless::Application` with a
 * local `Location` is read as a nested stack, and a nested stack under a
 * condition that is false by default is checked as if it held.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/finding.js';
import { loadTemplateSource } from '../../../src/sources/template/index.js';
import { findingsOf } from '../../support/rule-cases.js';

let directory: string | undefined;

afterEach(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
  directory = undefined;
});

async function scan(files: Record<string, string>, ruleId: string): Promise<Finding[]> {
  directory = await mkdtemp(join(tmpdir(), 'soc2-sam-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(directory, name)), { recursive: true });
    await writeFile(join(directory, name), text);
  }
  const { inventory } = await loadTemplateSource(['main.yaml'], {
    parameters: {},
    parameterFiles: [],
    cwd: directory,
  });
  return findingsOf(ruleId, inventory);
}

const NESTED_TABLE = `Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
      BillingMode: PAY_PER_REQUEST
`;

describe('across files', () => {
  it('a SAM Application with a local Location is read as a nested stack', async () => {
    const found = await scan(
      {
        'main.yaml': `Transform: AWS::Serverless-2016-10-31
Resources:
  Data:
    Type: AWS::Serverless::Application
    Properties: { Location: nested/data.yaml }
`,
        'nested/data.yaml': NESTED_TABLE,
      },
      'storage-encrypted-with-cmk',
    );
    expect(found.map((finding) => [finding.resource.id, finding.status])).toEqual([
      ['main/Data/Table', 'FAIL'],
    ]);
  });

  it('a nested stack under a condition false by default: its resources are checked and name the condition', async () => {
    const found = await scan(
      {
        'main.yaml': `Parameters:
  WithData: { Type: String, Default: 'false' }
Conditions:
  WantsData: !Equals [!Ref WithData, 'true']
Resources:
  Data:
    Type: AWS::CloudFormation::Stack
    Condition: WantsData
    Properties: { TemplateURL: nested/data.yaml }
`,
        'nested/data.yaml': NESTED_TABLE,
      },
      'storage-encrypted-with-cmk',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.status).toBe('FAIL');
    expect(found[0]?.resource.condition).toBe('WantsData');
    expect(found[0]?.message).toContain('only if condition WantsData holds');
  });
});
