/**
 * One bad input among many does not hide the others' results, and a scan's
 * verdicts do not depend on the order its files are found or written in: a
 * web app's manifest.json, a cycle of nested stacks, a stack artifact without
 * a template are listed as broken inputs (exit 2) while the rest is scanned;
 * sibling nested stacks and exports resolve whatever their order.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exit-codes.js';
import type { ScanResult } from '../../../src/engine/finding.js';
import { oneErrorLine, runCli } from '../../cli/capture.js';

const PLAIN_QUEUE = `Resources:
  Q:
    Type: AWS::SQS::Queue
    Properties: {SqsManagedSseEnabled: false}
`;

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'soc2-bad-input-isolation-'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function write(files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(cwd, name)), { recursive: true });
    await writeFile(join(cwd, name), text);
  }
}

async function scan(...templates: string[]): Promise<{ code: number; result: ScanResult }> {
  const run = await runCli(
    ['scan', ...templates.flatMap((path) => ['-t', path]), '--rules', 'storage-encrypted', '-f', 'json'],
    cwd,
  );
  return { code: run.code, result: JSON.parse(run.stdout) as ScanResult };
}

function verdicts(result: ScanResult): { id: string; status: string; message: string }[] {
  return result.findings
    .map((finding) => ({
      id: typeof finding.resource === 'object' ? String(finding.resource.id) : String(finding.resource),
      status: finding.status,
      message: finding.message,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe("a web app's manifest.json in a scanned folder", () => {
  beforeEach(async () => {
    await write({
      'repo/infra/template.yaml': PLAIN_QUEUE,
      'repo/web/public/manifest.json': '{"short_name":"App","name":"My App","start_url":"."}\n',
    });
  });

  it('is skipped like any JSON file that is not a template; the templates are scanned', async () => {
    const { code, result } = await scan('repo');
    expect(code).toBe(EXIT.failures);
    expect(result.brokenInputs).toBeUndefined();
    expect(verdicts(result)).toEqual([
      { id: 'template/Q', status: 'FAIL', message: expect.stringMatching(/not encrypted/) },
    ]);
  });

  it('given on its own, is still an error: one line, exit 2', async () => {
    const run = await runCli(['scan', '-t', 'repo/web/public/manifest.json'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toBe('soc2: repo/web/public/manifest.json: has no Resources section');
  });

  it('a cloud assembly in the folder whose manifest lists no artifacts is listed, the templates scanned', async () => {
    await write({
      'repo/cdk.out/manifest.json': '{"version":"48.0.0"}\n',
      'repo/cdk.out/cdk.out': '{"version":"48.0.0"}\n',
    });
    const { code, result } = await scan('repo');
    expect(code).toBe(EXIT.badInput);
    expect(result.brokenInputs).toEqual([
      {
        file: 'repo/cdk.out/manifest.json',
        reason: 'is not a cloud assembly manifest (no artifacts)',
      },
    ]);
    expect(verdicts(result).map((verdict) => verdict.id)).toEqual(['template/Q']);
  });
});

describe('a cycle of nested stacks among other templates', () => {
  const nesting = (logicalId: string, url: string) => `Resources:
  ${logicalId}:
    Type: AWS::CloudFormation::Stack
    Properties: {TemplateURL: ${url}}
`;

  it('is listed with one line naming the cycle; the other templates are scanned; exit 2', async () => {
    await write({
      'stacks/a.yaml': nesting('B', 'b.yaml'),
      'stacks/b.yaml': nesting('A', 'a.yaml'),
      'stacks/good.yaml': PLAIN_QUEUE,
    });
    const { code, result } = await scan('stacks');
    expect(code).toBe(EXIT.badInput);
    expect(result.brokenInputs).toEqual([
      {
        file: 'stacks/a.yaml',
        reason:
          'nested stacks form a cycle: stacks/a.yaml (B) -> stacks/b.yaml (A) -> stacks/a.yaml; CloudFormation cannot deploy it',
      },
    ]);
    expect(verdicts(result)).toEqual([
      { id: 'good/Q', status: 'FAIL', message: expect.stringMatching(/not encrypted/) },
    ]);
  });

  it('a template that nests the cycle is listed too; a template it nests outside the cycle is still scanned', async () => {
    await write({
      'stacks/a.yaml': nesting('B', 'b.yaml'),
      'stacks/b.yaml': nesting('A', 'a.yaml'),
      'stacks/parent.yaml': `Resources:
  Loop: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: a.yaml}}
  Part: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: part.yaml}}
`,
      'stacks/part.yaml': PLAIN_QUEUE,
    });
    const { code, result } = await scan('stacks');
    expect(code).toBe(EXIT.badInput);
    expect(result.brokenInputs).toEqual([
      { file: 'stacks/a.yaml', reason: expect.stringMatching(/^nested stacks form a cycle: /) },
      { file: 'stacks/parent.yaml', reason: 'nests stacks that form a cycle (stacks/a.yaml)' },
    ]);
    expect(verdicts(result).map((verdict) => [verdict.id, verdict.status])).toEqual([['part/Q', 'FAIL']]);
  });
});

describe('a cloud assembly with a stack artifact that has no templateFile', () => {
  it('lists that artifact and scans the other stacks; exit 2', async () => {
    await write({
      'cdk.out/cdk.out': '{"version":"48.0.0"}\n',
      'cdk.out/manifest.json': JSON.stringify({
        version: '48.0.0',
        artifacts: {
          Edge: { type: 'aws:cloudformation:stack', properties: {} },
          Data: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Data.template.json' } },
        },
      }),
      'cdk.out/Data.template.json': JSON.stringify({
        Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: { SqsManagedSseEnabled: false } } },
      }),
    });
    const { code, result } = await scan('cdk.out');
    expect(code).toBe(EXIT.badInput);
    expect(result.brokenInputs).toEqual([
      { file: 'cdk.out/manifest.json', reason: 'stack Edge has no templateFile' },
    ]);
    expect(verdicts(result).map((verdict) => [verdict.id, verdict.status])).toEqual([['Data/Q', 'FAIL']]);
  });
});

describe('verdicts do not depend on order', () => {
  const PRODUCER = `Resources:
  Topic: {Type: AWS::SNS::Topic, Properties: {KmsMasterKeyId: alias/aws/sns}}
Outputs:
  Mode: {Value: encrypted}
`;
  const CONSUMER = `Parameters:
  Mode: {Type: String}
Conditions:
  Plain: !Equals [!Ref Mode, plain]
  Enc: !Not [!Condition Plain]
Resources:
  PlainQ: {Type: AWS::SQS::Queue, Condition: Plain, Properties: {SqsManagedSseEnabled: false}}
  EncQ: {Type: AWS::SQS::Queue, Condition: Enc, Properties: {KmsMasterKeyId: alias/aws/sqs}}
`;
  const PRODUCER_STACK =
    'Producer: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: producer.yaml}}';
  const CONSUMER_STACK =
    'Consumer: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: consumer.yaml, Parameters: {Mode: !GetAtt Producer.Outputs.Mode}}}';

  it("a nested stack reads a sibling's output whichever of the two is written first", async () => {
    for (const [folder, stacks] of [
      ['producer-first', [PRODUCER_STACK, CONSUMER_STACK]],
      ['consumer-first', [CONSUMER_STACK, PRODUCER_STACK]],
    ] as const) {
      await write({
        [`${folder}/parent.yaml`]: `Resources:\n${stacks.map((stack) => `  ${stack}\n`).join('')}`,
        [`${folder}/producer.yaml`]: PRODUCER,
        [`${folder}/consumer.yaml`]: CONSUMER,
      });
    }
    const producerFirst = await scan('producer-first/parent.yaml');
    const consumerFirst = await scan('consumer-first/parent.yaml');
    expect(verdicts(consumerFirst.result)).toEqual(verdicts(producerFirst.result));
    expect(consumerFirst.code).toBe(producerFirst.code);
    expect(verdicts(consumerFirst.result)).toEqual([
      { id: 'parent/Consumer/EncQ', status: 'PASS', message: expect.not.stringMatching(/unknown|not read/) },
      { id: 'parent/Producer/Topic', status: 'PASS', message: expect.any(String) },
    ]);
  });

  it('sibling stacks that read each other\'s outputs are unknown for that reason, not "not read"', async () => {
    await write({
      'loop/parent.yaml': `Resources:
  A: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: consumer.yaml, Parameters: {Mode: !GetAtt B.Outputs.Mode}}}
  B: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: consumer.yaml, Parameters: {Mode: !GetAtt A.Outputs.Mode}}}
`,
      'loop/consumer.yaml': `${CONSUMER}Outputs:\n  Mode: {Value: !Ref Mode}\n`,
    });
    const { result } = await scan('loop/parent.yaml');
    const messages = verdicts(result).map((verdict) => verdict.message);
    expect(messages.some((message) => /read each other's outputs/.test(message))).toBe(true);
    expect(messages.join('\n')).not.toMatch(/was not read/);
  });

  const EXPORTER = (flag: string) => `Resources:
  Topic: {Type: AWS::SNS::Topic, Properties: {KmsMasterKeyId: alias/aws/sns}}
Outputs:
  Flag:
    Value: '${flag}'
    Export: {Name: EncFlag}
`;
  const IMPORTER = `Resources:
  Child:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: child.yaml
      Parameters: {Mode: !ImportValue EncFlag}
`;

  it('an import resolves whether its exporter is given before or after it', async () => {
    await write({
      'imp/consumer.yaml': IMPORTER,
      'imp/child.yaml': CONSUMER,
      'imp/exporter.yaml': EXPORTER('plain'),
    });
    const exporterFirst = await scan('imp/exporter.yaml', 'imp/consumer.yaml');
    const consumerFirst = await scan('imp/consumer.yaml', 'imp/exporter.yaml');
    expect(verdicts(consumerFirst.result)).toEqual(verdicts(exporterFirst.result));
    expect(consumerFirst.code).toBe(EXIT.failures);
    expect(verdicts(consumerFirst.result)).toContainEqual({
      id: 'consumer/Child/PlainQ',
      status: 'FAIL',
      message: expect.not.stringMatching(/unknown|still loading/),
    });
  });

  it('an export declared by two scanned stacks stays unknown in either order, not the first one loaded', async () => {
    await write({
      'dup/consumer.yaml': IMPORTER,
      'dup/child.yaml': CONSUMER,
      'dup/a-exporter.yaml': EXPORTER('encrypted'),
      'dup/z-exporter.yaml': EXPORTER('plain'),
    });
    const forward = await scan('dup/a-exporter.yaml', 'dup/consumer.yaml', 'dup/z-exporter.yaml');
    const backward = await scan('dup/z-exporter.yaml', 'dup/consumer.yaml', 'dup/a-exporter.yaml');
    expect(verdicts(backward.result)).toEqual(verdicts(forward.result));
    const child = verdicts(forward.result).filter((verdict) => verdict.id.startsWith('consumer/Child/'));
    expect(child).toHaveLength(2);
    for (const verdict of child) {
      expect(verdict.message).toMatch(/export EncFlag is declared by more than one scanned stack/);
    }
  });
});
