/**
 * Template shapes that used to disappear or resolve by chance: each must now
 * leave gaps (UNKNOWN populations), an Unknown, or refuse the input.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { loadTemplateSource } from '../../../src/sources/template/index.js';
import { NORMALIZED_TYPES } from '../../../src/sources/template/normalize/index.js';
import { parseYaml } from '../../../src/sources/template/yaml.js';
import { inventoryFromTemplate } from '../../support/template.js';

describe('Fn::ForEach of nested stacks over an unknown collection', () => {
  it('leaves a gap for every normalized type, as a remote nested stack does', async () => {
    const inventory = await inventoryFromTemplate(`
Transform: AWS::LanguageExtensions
Parameters:
  Envs: { Type: CommaDelimitedList }
Resources:
  Fn::ForEach::Stacks:
    - E
    - !Ref Envs
    - Stack\${E}:
        Type: AWS::CloudFormation::Stack
        Properties: { TemplateURL: ./child.yaml }`);
    const gapTypes = new Set(inventory.gaps.map((gap) => gap.resourceType));
    expect([...gapTypes].sort()).toEqual([...NORMALIZED_TYPES].sort());
    expect(inventory.gaps[0]?.reason).toContain('Fn::ForEach::Stacks');
  });
});

const CHILD = `
Parameters:
  Encrypt: { Type: String }
Conditions:
  Plain: !Equals [!Ref Encrypt, 'false']
Resources:
  PlainQueue:
    Type: AWS::SQS::Queue
    Condition: Plain
    Properties: { SqsManagedSseEnabled: false }`;

const CONSUMER = `
Resources:
  Child:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: child.yaml
      Parameters: { Encrypt: !ImportValue EncFlag }`;

const exporter = (flag: string) => `
Resources:
  Topic: { Type: AWS::SNS::Topic }
Outputs:
  Flag:
    Value: '${flag}'
    Export: { Name: EncFlag }`;

async function queueCondition(files: Record<string, string>, order: string[]): Promise<string | undefined> {
  const directory = await mkdtemp(join(tmpdir(), 'soc2-imports-'));
  try {
    for (const [name, text] of Object.entries(files)) await writeFile(join(directory, name), text);
    const source = await loadTemplateSource(order, { parameters: {}, parameterFiles: [], cwd: directory });
    const queue = source.inventory.resources.find((resource) => resource.id.endsWith('/PlainQueue'));
    if (queue === undefined) return 'not created';
    return queue.origin.kind === 'template' ? (queue.origin.conditionReason ?? 'created') : undefined;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

describe('Fn::ImportValue read while stacks load (a nested stack parameter, a condition)', () => {
  it('resolves the export whichever file comes first', async () => {
    const files = { 'child.yaml': CHILD, 'consumer.yaml': CONSUMER, 'exporter.yaml': exporter('false') };
    expect(await queueCondition(files, ['consumer.yaml', 'exporter.yaml'])).toBe('created');
    expect(await queueCondition(files, ['exporter.yaml', 'consumer.yaml'])).toBe('created');
  });

  it('is Unknown when two scanned stacks export the same name, in either order', async () => {
    const files = {
      'child.yaml': CHILD,
      'consumer.yaml': CONSUMER,
      'a.yaml': exporter('true'),
      'b.yaml': exporter('false'),
    };
    for (const order of [
      ['a.yaml', 'b.yaml', 'consumer.yaml'],
      ['b.yaml', 'a.yaml', 'consumer.yaml'],
      ['consumer.yaml', 'a.yaml', 'b.yaml'],
    ]) {
      expect(await queueCondition(files, order)).toContain('declared by more than one scanned stack');
    }
  });
});

describe('template shapes CloudFormation itself would reject, or only half reads', () => {
  it('refuses a YAML merge key, naming its line', () => {
    const text = `Metadata:
  Defaults: &unencrypted
    SqsManagedSseEnabled: false
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      <<: *unencrypted
      QueueName: orders
`;
    expect(() => parseYaml(text, 'merge.yaml')).toThrow(InputError);
    expect(() => parseYaml(text, 'merge.yaml')).toThrow(
      /merge\.yaml: invalid YAML at line 8: a YAML merge key/,
    );
  });

  it('keeps a quoted "<<" key as data', () => {
    const { value } = parseYaml(
      `Resources:\n  Q: { Type: AWS::SQS::Queue, Metadata: { '<<': x } }\n`,
      'q.yaml',
    );
    expect(value).toEqual({ Resources: { Q: { Type: 'AWS::SQS::Queue', Metadata: { '<<': 'x' } } } });
  });

  it('refuses an empty Resources section', async () => {
    await expect(inventoryFromTemplate('Resources: {}\n')).rejects.toThrow(/Resources is empty/);
  });

  it('turns Fn::Transform directly under Resources into gaps and reads the other resources', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Fn::Transform:
    Name: AWS::Include
    Parameters: { Location: 's3://bucket/resources.yaml' }
  Queue: { Type: AWS::SQS::Queue, Properties: { QueueName: !GetAtt Included.Name } }`);
    expect(inventory.resources.map((resource) => resource.id)).toContain('template/Queue');
    expect(inventory.gapsFor('s3-bucket')[0]?.reason).toContain('Fn::Transform AWS::Include');
  });
});
