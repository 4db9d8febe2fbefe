/**
 * `--rules-dir`: a team's own rules, loaded and validated through the CLI.
 * Good rules run like the bundled ones; a bad one is one clear line, exit 2.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/engine/finding.js';
import { oneErrorLine, runCli } from './capture.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLE = 'examples/custom-rules';

const GOOD_YAML = `id: team-check
title: A team check
severity: low
criteria: [CC6.1]
family: configuration
appliesTo: [kms-key]
rationale: Exercises the loader with a valid declarative rule.
remediation:
  summary: Turn rotation on.
where:
  path: rotationEnabled
  equals: true
`;

/** A folder holding the given files; returns its path. */
function rulesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'soc2-custom-rules-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function keyTemplate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soc2-custom-template-'));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'key.yaml');
  writeFileSync(
    file,
    `Parameters:
  QueueKey: { Type: String }
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { EnableKeyRotation: true, KeyPolicy: {} }
  Queue:
    Type: AWS::SQS::Queue
    Properties: { KmsMasterKeyId: !Ref QueueKey }
`,
  );
  return file;
}

async function jsonScan(args: string[]): Promise<{ code: number; result: ScanResult; stderr: string }> {
  const run = await runCli(['scan', ...args, '--format', 'json'], ROOT);
  return { code: run.code, result: JSON.parse(run.stdout) as ScanResult, stderr: run.stderr };
}

describe('custom rules that load', () => {
  it('the example folder: a JS module and YAML property checks run beside the bundled rules', async () => {
    const { code, result } = await jsonScan([
      '--template',
      `${EXAMPLE}/template.yaml`,
      '--rules-dir',
      `${EXAMPLE}/rules`,
      '--rules',
      'kms-key-has-alias,load-balancers-internal,databases-run-postgres',
    ]);
    expect(code).toBe(1);
    const verdicts = result.findings
      .map((finding) => `${finding.ruleId} ${finding.resource.logicalId} ${finding.status}`)
      .sort();
    expect(verdicts).toEqual([
      'databases-run-postgres LegacyDb FAIL',
      'databases-run-postgres OrdersDb PASS',
      'kms-key-has-alias Key PASS',
      'kms-key-has-alias UnnamedKey FAIL',
      'load-balancers-internal PublicLb FAIL',
    ]);
    const failing = result.findings.find((finding) => finding.resource.logicalId === 'LegacyDb')!;
    expect(failing.message).toBe('engine is "mysql", expected one of ["postgres","aurora-postgresql"]');
    const custom = result.rules.find((rule) => rule.id === 'kms-key-has-alias')!;
    expect(custom).toMatchObject({
      family: 'encryption',
      custom: `${EXAMPLE}/rules/kms-key-has-alias.js`,
    });
    expect(custom.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a property that cannot be read is UNKNOWN, never a PASS', async () => {
    const dir = rulesDir({
      'queue-key.yaml': GOOD_YAML.replace('id: team-check', 'id: queue-key-set')
        .replace('[kms-key]', '[sqs-queue]')
        .replace(/where:[\s\S]*$/, 'where:\n  path: encryption.keyId\n  exists: true\n'),
    });
    const { code, result } = await jsonScan([
      '--template',
      keyTemplate(),
      '--rules-dir',
      dir,
      '--rules',
      'queue-key-set',
    ]);
    expect(code).toBe(3);
    expect(result.findings.map((finding) => finding.status)).toEqual(['UNKNOWN']);
    expect(result.findings[0]!.message).toMatch(/^encryption\.keyId is unknown: .*QueueKey/);
  });

  it('the console points to soc2 explain with the folder, and explain finds the rule there', async () => {
    const scan = await runCli(
      [
        'scan',
        '--template',
        `${EXAMPLE}/template.yaml`,
        '--rules-dir',
        `${EXAMPLE}/rules`,
        '--rules',
        'kms-key-has-alias',
      ],
      ROOT,
    );
    expect(scan.stdout).toContain(`(soc2 explain kms-key-has-alias --rules-dir ${EXAMPLE}/rules)`);
    const explain = await runCli(['explain', 'kms-key-has-alias', '--rules-dir', `${EXAMPLE}/rules`], ROOT);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/^kms-key-has-alias: Customer-managed KMS keys have an alias$/m);
    const without = await runCli(['explain', 'kms-key-has-alias'], ROOT);
    expect(without.code).toBe(2);
  });

  it('soc2 rules --rules-dir lists them with the bundled ones', async () => {
    const run = await runCli(['rules', '--rules-dir', `${EXAMPLE}/rules`, '--format', 'json'], ROOT);
    expect(run.code).toBe(0);
    const ids = (JSON.parse(run.stdout) as { rules: { id: string }[] }).rules.map((rule) => rule.id);
    expect(ids).toEqual(
      expect.arrayContaining(['storage-encrypted', 'kms-key-has-alias', 'load-balancers-internal']),
    );
  });

  it('an evaluate that returns no outcome is a rule error, not a PASS', async () => {
    const dir = rulesDir({
      'broken.mjs': `export default {
  id: 'returns-nothing', title: 'Returns nothing', severity: 'low', criteria: ['CC6.1'],
  family: 'encryption', appliesTo: ['kms-key'], rationale: 'A rule with a bug.',
  remediation: { summary: 'Fix it.' },
  evaluate() { return { status: 'OK' }; },
};
`,
    });
    const { code, result } = await jsonScan([
      '--template',
      keyTemplate(),
      '--rules-dir',
      dir,
      '--rules',
      'returns-nothing',
    ]);
    expect(code).toBe(3);
    expect(result.findings.map((finding) => finding.status)).toEqual(['ERROR']);
  });

  it('a YAML rule with several conditions needs all of them', async () => {
    const dir = rulesDir({
      'both.yaml': GOOD_YAML.replace(
        /where:[\s\S]*$/,
        'where:\n  - path: rotationEnabled\n    equals: true\n  - path: keyManager\n    in: [AWS]\n',
      ),
    });
    const { result } = await jsonScan([
      '--template',
      keyTemplate(),
      '--rules-dir',
      dir,
      '--rules',
      'team-check',
    ]);
    expect(result.findings.map((finding) => [finding.status, finding.message])).toEqual([
      ['FAIL', 'keyManager is "CUSTOMER", expected one of ["AWS"]'],
    ]);
  });
});

describe('custom rules that do not load: one line, exit 2', () => {
  it.each([
    [
      'unknown resource type',
      { 'r.yaml': GOOD_YAML.replace('[kms-key]', '[kms-keys]') },
      'r.yaml: unknown resource type "kms-keys" in appliesTo; did you mean "kms-key"?',
    ],
    [
      'bad criterion',
      { 'r.yaml': GOOD_YAML.replace('[CC6.1]', '[CC6.9]') },
      'r.yaml: unknown SOC 2 criterion "CC6.9" in criteria',
    ],
    [
      'bad severity',
      { 'r.yaml': GOOD_YAML.replace('severity: low', 'severity: urgent') },
      'r.yaml: severity "urgent" is not one of critical, high, medium, low, info',
    ],
    [
      'bad family',
      { 'r.yaml': GOOD_YAML.replace('family: configuration', 'family: configration') },
      'did you mean "configuration"?',
    ],
    [
      'missing field',
      { 'r.yaml': GOOD_YAML.replace('title: A team check\n', '') },
      'r.yaml: missing field "title"',
    ],
    [
      'misspelt field',
      { 'r.yaml': GOOD_YAML.replace('severity:', 'severty:') },
      'r.yaml: unknown field "severty"; did you mean "severity"?',
    ],
    [
      'id of a built-in rule',
      { 'r.yaml': GOOD_YAML.replace('id: team-check', 'id: storage-encrypted') },
      'r.yaml: id "storage-encrypted" is already a built-in rule; choose another id',
    ],
    [
      'id defined twice',
      { 'a.yaml': GOOD_YAML, 'b.yaml': GOOD_YAML },
      'b.yaml: id "team-check" is already defined in',
    ],
    [
      'another scanner id already mapped',
      { 'r.yaml': `${GOOD_YAML}equivalents: { checkov: [CKV_AWS_7] }\n` },
      'r.yaml: equivalent checkov:CKV_AWS_7 already belongs to rule kms-key-rotation',
    ],
    [
      'two operators',
      { 'r.yaml': GOOD_YAML.replace('equals: true', 'equals: true\n  exists: true') },
      'r.yaml: a condition needs exactly one of equals, in, exists',
    ],
    ['no condition', { 'r.yaml': GOOD_YAML.replace(/where:[\s\S]*$/, '') }, 'r.yaml: missing field "where"'],
    ['YAML syntax', { 'r.yaml': 'id: [unclosed' }, 'r.yaml: not valid YAML'],
    [
      'module without a default export',
      { 'r.js': 'export const rule = {};\n' },
      'r.js: the module has no default export',
    ],
    [
      'module without evaluate',
      {
        'r.mjs':
          "export default { id: 'x-check', title: 't', severity: 'low', criteria: ['CC6.1'], family: 'network', appliesTo: ['kms-key'], rationale: 'r', remediation: { summary: 's' } };\n",
      },
      'r.mjs: "evaluate" must be a function',
    ],
    [
      'module that throws on load',
      { 'r.mjs': "throw new Error('boom');\n" },
      'r.mjs: could not be loaded: boom',
    ],
    [
      'TypeScript source',
      { 'r.ts': 'export default {};\n' },
      'r.ts: TypeScript is not loaded: compile it to an ES module (.js) first',
    ],
  ])('%s', async (_name, files, expected) => {
    const dir = rulesDir(files);
    const run = await runCli(['scan', '--template', keyTemplate(), '--rules-dir', dir], ROOT);
    expect(run.code).toBe(2);
    const line = oneErrorLine(run);
    expect(line).toContain('invalid custom rule: ');
    expect(line).toContain(expected);
  });

  it('names every bad file in the one line', async () => {
    const dir = rulesDir({
      'a.yaml': GOOD_YAML.replace('[CC6.1]', '[CC9.9]'),
      'b.yaml': GOOD_YAML.replace('id: team-check', 'id: other-check').replace('[kms-key]', '[bucket]'),
      'c.yaml': GOOD_YAML.replace('id: team-check', 'id: fine-check'),
    });
    const line = oneErrorLine(await runCli(['rules', '--rules-dir', dir], ROOT));
    expect(line).toMatch(
      /a\.yaml: unknown SOC 2 criterion "CC9\.9".*; .*b\.yaml: unknown resource type "bucket"/,
    );
    expect(line).not.toContain('c.yaml');
  });

  it('a folder that does not exist', async () => {
    const run = await runCli(['scan', '--template', keyTemplate(), '--rules-dir', 'no/such/rules'], ROOT);
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toBe('soc2: --rules-dir no/such/rules: no such folder');
  });

  it('an unknown id in --rules is suggested from the custom rules too', async () => {
    const run = await runCli(
      [
        'scan',
        '--template',
        keyTemplate(),
        '--rules-dir',
        rulesDir({ 'r.yaml': GOOD_YAML }),
        '--rules',
        'team-chek',
      ],
      ROOT,
    );
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toContain('did you mean "team-check"?');
  });
});
