import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { ScanResult } from '../../src/engine/finding.js';
import { oneErrorLine, runCli, type CliRun } from './capture.js';

const cwd = new URL('./', import.meta.url).pathname;
const STORE = ['scan', '-t', 'ergonomics/store.yaml'];
const KEYS = ['scan', '-t', 'fixtures/keys.yaml'];

function lastLine(run: CliRun): string {
  return run.stdout.trimEnd().split('\n').at(-1)!;
}

describe('did you mean', () => {
  it.each([
    ['a mistyped command', ['scna'], 'unknown command "scna"; did you mean "scan"?'],
    [
      'a mistyped command with options',
      ['expalin', 'x'],
      'unknown command "expalin"; did you mean "explain"?',
    ],
    [
      'a mistyped option',
      [...STORE, '--fial-on', 'high'],
      'Unknown argument: fial-on; did you mean "--fail-on"?',
    ],
    [
      'two mistyped options',
      [...STORE, '--fial-on', 'high', '--quite'],
      'Unknown arguments: fial-on, quite; did you mean "--fail-on" for fial-on, "--quiet" for quite?',
    ],

    [
      'a mistyped --fail-on value',
      [...STORE, '--fail-on', 'hihg'],
      '--fail-on "hihg" is not one of critical, high, medium, low, info, none, new; did you mean "high"?',
    ],
    [
      'a mistyped --format',
      [...STORE, '--format', 'jsn'],
      'unknown --format "jsn"; did you mean "json"? (choose from json, sarif, junit, html, pdf, ocsf, asff, markdown)',
    ],
    [
      'a mistyped rule id to explain',
      ['explain', 'storage-encrypte'],
      'unknown rule id "storage-encrypte"; did you mean "storage-encrypted"? (soc2 explain --list lists them)',
    ],
  ])('%s: one line naming the nearest, exit 2', async (_name, args, expected) => {
    const run = await runCli(args, cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toBe(`soc2: ${expected}`);
    expect(run.stdout).toBe('');
  });

  it('a mistyped rule id in --rules', async () => {
    const run = await runCli([...STORE, '--rules', 'kms-rotation'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toMatch(
      /^soc2: unknown rule id "kms-rotation" in --rules; did you mean "kms-key-rotation"\?/,
    );
  });

  it('a mistyped rule id in the suppressions file', async () => {
    const run = await runCli([...STORE, '--suppressions', 'ergonomics/typo-suppressions.yaml'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toBe(
      'soc2: suppressions file ergonomics/typo-suppressions.yaml: suppressions[0] (rule kms-rotation): unknown rule id "kms-rotation"; did you mean "kms-key-rotation"?',
    );
  });

  it('suggests nothing when nothing is near', async () => {
    const run = await runCli([...STORE, '--zzzzzz'], cwd);
    expect(oneErrorLine(run)).toBe('soc2: Unknown argument: zzzzzz');
    const command = await runCli(['qqqqq'], cwd);
    expect(oneErrorLine(command)).toMatch(
      /unknown command "qqqqq" \(commands: scan, policy, report, merge, verify, .*explain/,
    );
  });

  it.each([
    [
      'report',
      /^soc2: report needs a pack: soc2 report PACK \(a pack folder written by soc2 scan --out, or a findings\.json\)$/,
    ],
    ['verify', /^soc2: verify needs a pack: soc2 verify PACK/],
    ['explain', /^soc2: explain needs a rule id: soc2 explain RULE/],
  ])('`soc2 %s` without its argument says what it needs, exit 2', async (command, message) => {
    const run = await runCli([command], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toMatch(message);
  });

  it('takes choices in any case: --fail-on HIGH, --format JSON', async () => {
    const upper = await runCli([...STORE, '--fail-on', 'HIGH', '--format', 'JSON'], cwd);
    expect(upper.code).toBe(EXIT.failures);
    const result = JSON.parse(upper.stdout) as ScanResult;
    expect(result.scan.parameters.failOn).toBe('high');
  });
});

describe('soc2 explain', () => {
  it('prints the rationale, the remediation and the equivalents', async () => {
    const run = await runCli(['explain', 'kms-key-rotation'], cwd);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^kms-key-rotation: Customer-managed KMS keys rotate automatically\n/);
    expect(run.stdout).toContain('severity medium; SOC 2 ');
    expect(run.stdout).toMatch(/Why:\n {2}\S/);
    expect(run.stdout).toContain('CloudFormation: AWS::KMS::Key: set `EnableKeyRotation: true`');
    expect(run.stdout).toContain('CDK: new kms.Key(this, "Key", { enableKeyRotation: true })');
    expect(run.stdout).toContain('Checkov: CKV_AWS_7');
    expect(run.stdout).toContain('rule: kms-key-rotation, justification:');
  });

  it('is case-insensitive and lists every rule with --list', async () => {
    expect((await runCli(['explain', 'KMS-Key-Rotation'], cwd)).code).toBe(EXIT.ok);
    const list = await runCli(['explain', '--list'], cwd);
    expect(list.code).toBe(EXIT.ok);
    expect(list.stdout).toMatch(/^storage-encrypted +high +Data stores are encrypted at rest$/m);
    expect(list.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(20);
  });
});

describe('the verdict follows the gate', () => {
  it('says PASS with what the gate let through when failures are below --fail-on', async () => {
    const run = await runCli([...STORE, '--fail-on', 'critical'], cwd);
    expect(run.code).toBe(EXIT.ok);
    expect(lastLine(run)).toMatch(/^PASS \(gate: critical\): 12 failing below the gate, evidence complete\b/);
    expect(lastLine(run)).toMatch(/; 2 unused suppressions; .*7 passed$/);
    expect(run.stdout).toContain(
      'storage-encrypted [high] Data stores are encrypted at rest: 1 (below the gate)',
    );
  });

  it('says FAIL naming the gate when a failure is at or above it', async () => {
    const run = await runCli([...STORE, '--fail-on', 'high'], cwd);
    expect(run.code).toBe(EXIT.failures);
    expect(lastLine(run)).toMatch(
      /^FAIL: 1 failing at or above high, 11 failing below the gate; 2 unused suppressions; /,
    );
  });

  it('never says INCOMPLETE on a run that exits 0 (--no-fail-on-unknown)', async () => {
    const run = await runCli([...KEYS, '--no-fail-on-unknown', '--fail-on', 'none'], cwd);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).not.toContain('INCOMPLETE');
    expect(lastLine(run)).toMatch(
      /^PASS \(gate: none; evidence incomplete not gated\): 1 failing below the gate; 1 could not be checked \(1 UNKNOWN, 0 ERROR\); 1 suppressed; /,
    );
  });

  it('word and exit code agree for every gate', async () => {
    const word: Record<number, string> = { 0: 'PASS', 1: 'FAIL', 3: 'INCOMPLETE' };
    for (const base of [STORE, KEYS]) {
      for (const failOn of ['critical', 'high', 'medium', 'info', 'none']) {
        for (const unknown of ['--fail-on-unknown', '--no-fail-on-unknown']) {
          const run = await runCli([...base, '-q', '--fail-on', failOn, unknown], cwd);
          expect(word[run.code], `${base.join(' ')} ${failOn} ${unknown}: exit ${run.code}`).toBeDefined();
          expect(run.stdout.split(/[:( ]/)[0], `${failOn} ${unknown}`).toBe(word[run.code]);
          if (run.code === EXIT.ok) expect(run.stdout).not.toMatch(/INCOMPLETE|FAIL:/);
        }
      }
    }
  });
});

describe('fix lines', () => {
  it('one line per failing rule with the CloudFormation and CDK property of the failing kind', async () => {
    const run = await runCli(STORE, cwd);
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((line) => line.startsWith('  storage-encrypted [high]'));
    expect(lines[at + 1]).toBe(
      '    fix: CloudFormation SNS/SQS: `KmsMasterKeyId` (SQS also `SqsManagedSseEnabled: true`) (soc2 explain storage-encrypted)',
    );
    const cmk = lines.findIndex((line) => line.startsWith('  storage-encrypted-with-cmk [medium]'));
    expect(lines[cmk + 1]).toMatch(
      /^ {4}fix: CloudFormation DynamoDB: `SSESpecification: .*\(soc2 explain storage-encrypted-with-cmk\)$/,
    );
    // Every failing rule (the store's bucket and table fail further rules too) gets exactly one fix line.
    const start = lines.indexOf('Failing (12)') + 1;
    const failing = lines.slice(start, lines.indexOf('', start));
    const rules = failing.filter((line) => /^ {2}\S/.test(line));
    expect(rules).toHaveLength(12);
    for (const rule of rules) {
      expect(failing[failing.indexOf(rule) + 1], rule).toMatch(/^ {4}fix: .*\(soc2 explain \S+\)$/);
    }
    expect(lines.filter((line) => line.startsWith('    fix: '))).toHaveLength(12);
  });

  it('live and snapshot scans get what to change', async () => {
    const run = await runCli(['scan', '--sample'], cwd);
    expect(run.stdout).toMatch(
      /^ {4}fix: Enable automatic rotation on every customer-managed symmetric KMS key\. AWS CLI: aws kms enable-key-rotation --key-id <key-id> \(soc2 explain kms-key-rotation\)$/m,
    );
  });
});

describe('-q with --out', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'soc2-quiet-'));
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('still prints where the pack went', async () => {
    const run = await runCli([...STORE, '-q', '--out', out, '--format', 'json'], cwd);
    expect(run.code).toBe(EXIT.failures);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^FAIL: /);
    expect(lines[1]).toMatch(new RegExp(`^Evidence pack: ${out}/store/\\d{4}-`));
  });
});

describe('suppressions', () => {
  const WITH_FILE = [...STORE, '--suppressions', 'ergonomics/unused-suppressions.yaml'];

  it('reports unused suppressions on the console, with where they are written', async () => {
    const run = await runCli(WITH_FILE, cwd);
    expect(run.stdout).toContain('Unused suppressions: remove them (3)');
    expect(run.stdout).toContain(
      '  - kms-key-rotation on store/Reports [metadata:soc2] (ergonomics/store.yaml:22): kms-key-rotation does not apply to s3-bucket',
    );
    expect(run.stdout).toContain(
      '  - storage-encrypted-with-cmk on store/Reports [metadata:soc2] (ergonomics/store.yaml:22): storage-encrypted-with-cmk did not fail or stay unknown on this resource',
    );
    expect(run.stdout).toContain(
      '  - kms-key-rotation on Gone* [file:ergonomics/unused-suppressions.yaml]: kms-key-rotation did not fail or stay unknown on any resource matching "Gone*"',
    );
    // The entry that did suppress a failure is not reported.
    expect(run.stdout).not.toMatch(/storage-encrypted-with-cmk on Orders/);
    expect(lastLine(run)).toContain('3 unused suppressions');
  });

  it('lists them in findings.json', async () => {
    const run = await runCli([...WITH_FILE, '--format', 'json'], cwd);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.unusedSuppressions).toEqual([
      {
        id: 'kms-key-rotation',
        source: 'metadata:soc2',
        resource: 'store/Reports',
        file: 'ergonomics/store.yaml',
        line: 22,
        reason: 'kms-key-rotation does not apply to s3-bucket',
      },
      {
        id: 'storage-encrypted-with-cmk',
        source: 'metadata:soc2',
        resource: 'store/Reports',
        file: 'ergonomics/store.yaml',
        line: 22,
        reason: 'storage-encrypted-with-cmk did not fail or stay unknown on this resource',
      },
      {
        id: 'kms-key-rotation',
        source: 'file:ergonomics/unused-suppressions.yaml',
        resource: 'Gone*',
        reason: 'kms-key-rotation did not fail or stay unknown on any resource matching "Gone*"',
      },
    ]);
  });

  it('does not report a suppression of a rule left out by --rules', async () => {
    const run = await runCli([...WITH_FILE, '--rules', 'storage-encrypted', '--format', 'json'], cwd);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.unusedSuppressions).toBeUndefined();
  });
});

describe('Metadata suppression errors', () => {
  it('name the file and the line of the resource they are written on', async () => {
    const run = await runCli(['scan', '-t', 'ergonomics/suppression-without-justification.yaml'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toBe(
      'soc2: ergonomics/suppression-without-justification.yaml:2: resource Key: suppression of kms-key-rotation in Metadata.soc2.suppress has no justification',
    );
  });
});

describe('one root cause, one failure', () => {
  it('an unencrypted store fails storage-encrypted only; storage-encrypted-with-cmk points at it', async () => {
    const run = await runCli([...STORE, '--format', 'json'], cwd);
    const result = JSON.parse(run.stdout) as ScanResult;
    const ofQueue = result.findings.filter((finding) => finding.resource.logicalId === 'PlainQueue');
    const statusOf = (ruleId: string) => ofQueue.find((finding) => finding.ruleId === ruleId);
    expect(statusOf('storage-encrypted')?.status).toBe('FAIL');
    const cmk = statusOf('storage-encrypted-with-cmk')!;
    expect(cmk.status).toBe('NOT_APPLICABLE');
    expect(cmk.message).toMatch(/^not encrypted at rest at all: see storage-encrypted/);
    expect(cmk.evidence.rootCauseRule).toBe('storage-encrypted');
  });

  it('fails it after all when storage-encrypted is not run', async () => {
    const run = await runCli([...STORE, '--rules', 'storage-encrypted-with-cmk', '--format', 'json'], cwd);
    const result = JSON.parse(run.stdout) as ScanResult;
    const cmk = result.findings.find((finding) => finding.resource.logicalId === 'PlainQueue')!;
    expect(cmk.status).toBe('FAIL');
    expect(cmk.message).toContain('(counted here: storage-encrypted was not run)');
  });
});
