/**
 * One broken template must not hide the rest: a folder or a cdk.out with a
 * broken file is scanned without it, every output is written, each broken
 * file is listed with its reason, line and column (console, findings.json,
 * SARIF), and the run exits 2.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { ScanResult } from '../../src/engine/finding.js';
import { PACKAGE_ROOT } from '../../src/version.js';
import { validate } from '../report/outputs/json-schema-subset.js';
import { validateSarif } from '../report/outputs/sarif-validator.js';
import { runCli, type CliRun } from './capture.js';

const PUBLIC_DB = `Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, StorageEncrypted: false, PubliclyAccessible: true }
`;
const BROKEN_YAML = `Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: [unclosed
`;
const DUPLICATE_KEY_JSON = `{
  "Resources": {
    "Queue": { "Type": "AWS::SQS::Queue" },
    "Queue": { "Type": "AWS::SQS::Queue" }
  }
}
`;
const UNKNOWN_REF = `Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !Ref NoSuchKey
`;

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'soc2-broken-inputs-'));
  await mkdir(join(cwd, 'stacks'));
  await writeFile(join(cwd, 'stacks', 'app.yaml'), PUBLIC_DB);
  await writeFile(join(cwd, 'stacks', 'bad.yaml'), BROKEN_YAML);
  await writeFile(join(cwd, 'stacks', 'dup.json'), DUPLICATE_KEY_JSON);
  await writeFile(join(cwd, 'stacks', 'refs.yaml'), UNKNOWN_REF);
  // Not a template at all: skipped without a word, as before.
  await writeFile(join(cwd, 'stacks', 'settings.json'), '{"colour": "blue"}\n');
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function packFiles(outDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.set(entry.name, await readFile(path, 'utf8'));
    }
  };
  await walk(outDir);
  return files;
}

const EXPECTED_BROKEN = [
  { file: 'stacks/bad.yaml', line: 6, reason: expect.stringMatching(/^invalid YAML at line 6: /) },
  {
    file: 'stacks/dup.json',
    line: 4,
    column: 5,
    reason: 'invalid JSON at line 4, column 5: duplicate key "Queue"',
  },
  { file: 'stacks/refs.yaml', reason: "Ref to unknown 'NoSuchKey' in resource Queue" },
];

describe('a folder with broken templates among good ones', () => {
  let run: CliRun;
  let files: Map<string, string>;
  let outDir: string;
  beforeAll(async () => {
    outDir = join(cwd, 'packs');
    run = await runCli(['scan', '-t', 'stacks', '--out', 'packs', '--format', 'json,sarif,junit'], cwd);
    files = await packFiles(outDir);
  }, 60_000);

  it('scans the good template, writes every output, and exits 2', () => {
    expect(run.code).toBe(EXIT.badInput);
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['findings.json', 'results.sarif', 'junit.xml']),
    );
    const result = JSON.parse(files.get('findings.json')!) as ScanResult;
    expect(result.scan.parameters.stacks).toEqual(['app']);
    expect(
      result.findings.some((finding) => finding.status === 'FAIL' && finding.resource.id === 'app/Db'),
    ).toBe(true);
  });

  it('lists each broken file with its reason, line and column on the console', () => {
    expect(run.stdout).toContain('Not scanned: broken input files (3)');
    expect(run.stdout).toMatch(/ {2}- stacks\/bad\.yaml:6: invalid YAML at line 6: /);
    expect(run.stdout).toContain(
      '  - stacks/dup.json:4:5: invalid JSON at line 4, column 5: duplicate key "Queue"',
    );
    expect(run.stdout).toContain("  - stacks/refs.yaml: Ref to unknown 'NoSuchKey' in resource Queue");
    expect(run.stdout).not.toContain('settings.json');
    expect(run.stdout).not.toMatch(/PASS: no failures/);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      'soc2: 3 broken template file(s) were not scanned (listed above and in the outputs); the other templates were',
    );
  });

  it('lists them in findings.json in their own section, which the schema documents', async () => {
    const result = JSON.parse(files.get('findings.json')!) as ScanResult & Record<string, unknown>;
    expect(result.brokenInputs).toEqual(EXPECTED_BROKEN);
    const schema = JSON.parse(
      await readFile(join(PACKAGE_ROOT, 'docs', 'findings.schema.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(validate(schema, result)).toEqual([]);
    expect(validate(schema, { ...result, brokenInputs: [{ file: 'x.yaml', line: 0 }] })).not.toEqual([]);
    const doc = await readFile(join(PACKAGE_ROOT, 'docs', 'findings-schema.md'), 'utf8');
    expect(doc).toContain('| `brokenInputs`');
  });

  it('reports them in SARIF as error notifications placed at the file, and the validator accepts the log', async () => {
    const text = files.get('results.sarif')!;
    const log = JSON.parse(text) as Sarif.Log;
    const invocation = log.runs[0]!.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    const broken = (invocation.toolExecutionNotifications ?? []).filter((note) =>
      note.message.text?.startsWith('Template not scanned'),
    );
    expect(broken.map((note) => [note.level, note.locations?.[0]?.physicalLocation])).toEqual([
      [
        'error',
        { artifactLocation: { uri: 'stacks/bad.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 6 } },
      ],
      [
        'error',
        {
          artifactLocation: { uri: 'stacks/dup.json', uriBaseId: '%SRCROOT%' },
          region: { startLine: 4, startColumn: 5 },
        },
      ],
      ['error', { artifactLocation: { uri: 'stacks/refs.yaml', uriBaseId: '%SRCROOT%' } }],
    ]);
    const validation = await validateSarif(text);
    expect(validation.filter((message) => message.level === 'error' || message.level === 'warning')).toEqual(
      [],
    );
  }, 60_000);
});

describe('a file that looks like a template but does not parse', () => {
  it('is listed even without an AWS:: type in it; other YAML and JSON is still skipped', async () => {
    await mkdir(join(cwd, 'looks'));
    await writeFile(join(cwd, 'looks', 'app.yaml'), PUBLIC_DB);
    await writeFile(join(cwd, 'looks', 'half.yaml'), 'Resources: [\n');
    await writeFile(join(cwd, 'looks', 'half.json'), '{"Resources": {\n');
    await writeFile(join(cwd, 'looks', 'workflow.yml'), 'on: [push\n');
    const run = await runCli(['scan', '-t', 'looks', '-f', 'json'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.brokenInputs?.map((broken) => broken.file)).toEqual(['looks/half.json', 'looks/half.yaml']);
  });
});

describe('a template that parses but cannot be evaluated, among good ones', () => {
  it('is listed with its reason, and the others are scanned (exit 2)', async () => {
    await mkdir(join(cwd, 'evaluated'));
    await writeFile(join(cwd, 'evaluated', 'app.yaml'), PUBLIC_DB);
    await writeFile(
      join(cwd, 'evaluated', 'loop.yaml'),
      `Conditions:
  Loop: !Condition Loop
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Condition: Loop
`,
    );
    const run = await runCli(['scan', '-t', 'evaluated', '-f', 'json'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.brokenInputs).toEqual([
      { file: 'evaluated/loop.yaml', reason: expect.stringMatching(/condition Loop depends on itself/) },
    ]);
    expect(result.scan.parameters.stacks).toEqual(['app']);
    expect(result.findings.some((finding) => finding.status === 'FAIL')).toBe(true);
  });
});

describe('a cdk.out with one broken stack template', () => {
  it('scans the other stacks and exits 2 naming the broken one', async () => {
    await cp(join(import.meta.dirname, '../fixtures/templates/cdk.out'), join(cwd, 'cdk.out'), {
      recursive: true,
    });
    await writeFile(
      join(cwd, 'cdk.out', 'assembly-Prod', 'ProdDbStack2C3D4E5F.template.json'),
      '{ "Resources": ',
    );
    const run = await runCli(['scan', '-t', 'cdk.out', '-f', 'json'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.brokenInputs).toEqual([
      {
        file: 'cdk.out/assembly-Prod/ProdDbStack2C3D4E5F.template.json',
        line: 1,
        reason: expect.stringMatching(/^invalid JSON at line 1: /),
      },
    ]);
    expect(result.scan.parameters.stacks).toEqual([
      'AppStack',
      'AppStack/DataNestedStackNestedStackResource1A2B3C4D',
    ]);
    expect(run.stderr).toContain('cdk.out/assembly-Prod/ProdDbStack2C3D4E5F.template.json:1: invalid JSON');
  });

  it("a stage's broken manifest.json is named with its line, and the other stacks are scanned", async () => {
    await cp(
      join(import.meta.dirname, '../fixtures/templates/cdk.out'),
      join(cwd, 'stage-broken', 'cdk.out'),
      {
        recursive: true,
      },
    );
    await writeFile(
      join(cwd, 'stage-broken', 'cdk.out', 'assembly-Prod', 'manifest.json'),
      '{\n  "artifacts": {',
    );
    const run = await runCli(['scan', '-t', 'cdk.out', '-f', 'json'], join(cwd, 'stage-broken'));
    expect(run.code).toBe(EXIT.badInput);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.brokenInputs).toEqual([
      {
        file: 'cdk.out/assembly-Prod/manifest.json',
        line: 2,
        reason: expect.stringMatching(/^invalid JSON at line 2: /),
      },
    ]);
    expect(result.scan.parameters.stacks).toEqual([
      'AppStack',
      'AppStack/DataNestedStackNestedStackResource1A2B3C4D',
    ]);
  });

  it("a stage's manifest.json with a repeated artifact id is broken, not read as its last copy", async () => {
    await cp(
      join(import.meta.dirname, '../fixtures/templates/cdk.out'),
      join(cwd, 'stage-repeated', 'cdk.out'),
      { recursive: true },
    );
    const artifact = (template: string) =>
      `"ProdDbStack2C3D4E5F": { "type": "aws:cloudformation:stack", "properties": { "templateFile": "${template}" } }`;
    await writeFile(
      join(cwd, 'stage-repeated', 'cdk.out', 'assembly-Prod', 'manifest.json'),
      `{\n  "version": "48.0.0",\n  "artifacts": {\n    ${artifact('ProdDbStack2C3D4E5F.template.json')},\n    ${artifact('other.template.json')}\n  }\n}\n`,
    );
    const run = await runCli(['scan', '-t', 'cdk.out', '-f', 'json'], join(cwd, 'stage-repeated'));
    expect(run.code).toBe(EXIT.badInput);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.brokenInputs).toEqual([
      {
        file: 'cdk.out/assembly-Prod/manifest.json',
        line: 5,
        column: expect.any(Number),
        reason: expect.stringContaining('duplicate key "ProdDbStack2C3D4E5F"'),
      },
    ]);
    expect(result.scan.parameters.stacks).toEqual([
      'AppStack',
      'AppStack/DataNestedStackNestedStackResource1A2B3C4D',
    ]);
  });

  it('a broken nested template leaves out the stack that nests it, and only that one', async () => {
    await cp(
      join(import.meta.dirname, '../fixtures/templates/cdk.out'),
      join(cwd, 'nested-broken', 'cdk.out'),
      {
        recursive: true,
      },
    );
    const nested = 'cdk.out/AppStackDataNestedStack5E6F7A8B.nested.template.json';
    await writeFile(join(cwd, 'nested-broken', nested), '{ "Resources": { "Q": ');
    const run = await runCli(['scan', '-t', 'cdk.out', '-f', 'json'], join(cwd, 'nested-broken'));
    expect(run.code).toBe(EXIT.badInput);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.brokenInputs).toEqual([
      {
        file: nested,
        line: 1,
        reason: expect.stringMatching(
          /^invalid JSON at line 1: .* \(nested by cdk\.out\/AppStack\.template\.json\)$/,
        ),
      },
    ]);
    expect(result.scan.parameters.stacks).toEqual(['ProdDbStack2C3D4E5F']);
  });

  it('a lone broken template is still the one-line error it always was', async () => {
    await writeFile(join(cwd, 'only.yaml'), BROKEN_YAML);
    const run = await runCli(['scan', '-t', 'only.yaml'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(run.stderr).toMatch(/^soc2: only\.yaml: invalid YAML at line 6: [^\n]*\n$/);
  });
});
