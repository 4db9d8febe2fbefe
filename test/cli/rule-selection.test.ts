/**
 * Choosing rules in a scan (--rules, --skip-rules, --severity, --family), and
 * the honesty about rules that cannot run on the scanned source, through the
 * real CLI over real template files.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import type { ScanResult } from '../../src/engine/finding.js';
import { PACKAGE_ROOT } from '../../src/version.js';
import { validate } from '../report/outputs/json-schema-subset.js';
import { validateSarif } from '../report/outputs/sarif-validator.js';
import { oneErrorLine, runCli } from './capture.js';

const CLEAN_KEY = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
`;

const OPEN_DB = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t3.micro
      AllocatedStorage: '20'
      PubliclyAccessible: true
      StorageEncrypted: false
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soc2-rule-selection-'));
  writeFileSync(join(dir, 'key.yaml'), CLEAN_KEY);
  writeFileSync(join(dir, 'db.yaml'), OPEN_DB);
});

async function jsonScan(...args: string[]): Promise<{ code: number; result: ScanResult; stderr: string }> {
  const run = await runCli(['scan', ...args, '--format', 'json'], dir);
  return { code: run.code, result: JSON.parse(run.stdout) as ScanResult, stderr: run.stderr };
}

describe('a rule that cannot run on the scanned source', () => {
  it('named with --rules on a template scan is UNKNOWN and the run is incomplete (was: PASS, evidence complete, exit 0)', async () => {
    const run = await runCli(['scan', '--template', 'key.yaml', '--rules', 'root-mfa-enabled'], dir);
    expect(run.code).toBe(3);
    expect(run.stdout).not.toContain('evidence complete');
    expect(run.stdout).not.toMatch(/^PASS/m);
    expect(run.stdout).toContain(
      'Not evaluated: root-mfa-enabled runs on live accounts and snapshots only, not on templates',
    );
    expect(run.stdout).toMatch(/^INCOMPLETE/m);
  });

  it('is in findings.json as an UNKNOWN finding and a required notEvaluated entry', async () => {
    const { code, result } = await jsonScan('--template', 'key.yaml', '--rules', 'root-mfa-enabled');
    expect(code).toBe(3);
    expect(result.findings.map((finding) => [finding.ruleId, finding.status])).toEqual([
      ['root-mfa-enabled', 'UNKNOWN'],
    ]);
    expect(result.findings[0]!.evidence).toMatchObject({ notEvaluated: true, source: 'template' });
    expect(result.notEvaluated).toEqual([
      expect.objectContaining({
        ruleId: 'root-mfa-enabled',
        family: 'identity',
        required: true,
        reason: 'runs on live accounts and snapshots only, not on templates',
      }),
    ]);
    expect(result.summary.byStatus.PASS).toBe(0);
    const schema = JSON.parse(
      readFileSync(join(PACKAGE_ROOT, 'docs', 'findings.schema.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(validate(schema, result)).toEqual([]);
    expect(validate(schema, { ...result, notEvaluated: [{ ruleId: 'x' }] })).not.toEqual([]);
  });

  it('is a SARIF result and a tool notification, so the log never reads clean', async () => {
    const run = await runCli(
      ['scan', '--template', 'key.yaml', '--rules', 'root-mfa-enabled', '--format', 'sarif'],
      dir,
    );
    expect(run.code).toBe(3);
    const sarif = JSON.parse(run.stdout) as {
      runs: {
        results: { ruleId: string; kind: string }[];
        invocations: { toolExecutionNotifications?: { message: { text: string } }[] }[];
      }[];
    };
    expect(sarif.runs[0]!.results.map((result) => [result.ruleId, result.kind])).toEqual([
      ['root-mfa-enabled', 'open'],
    ]);
    const notes = sarif.runs[0]!.invocations[0]!.toolExecutionNotifications ?? [];
    expect(notes.map((note) => note.message.text)).toContain(
      'Not evaluated: rule root-mfa-enabled runs on live accounts and snapshots only, not on templates.',
    );
    const validation = await validateSarif(run.stdout);
    expect(validation.filter((message) => message.level === 'error')).toEqual([]);
    expect(validation.filter((message) => message.level === 'warning')).toEqual([]);
  });

  it('in the full catalogue on a template scan is listed as not evaluated, without making the run incomplete', async () => {
    const run = await runCli(['scan', '--template', 'key.yaml'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Not evaluated on templates \(\d+\)$/m);
    expect(run.stdout).toMatch(
      /run on live accounts and snapshots only, not on templates: .*root-mfa-enabled/,
    );
    expect(run.stdout).toMatch(
      /^PASS: no failures, evidence complete for the rules that run on templates; \d+ rules not evaluated on templates/m,
    );
    const { result } = await jsonScan('--template', 'key.yaml');
    const listed = result.notEvaluated ?? [];
    expect(listed.map((entry) => entry.ruleId)).toContain('root-mfa-enabled');
    expect(listed.every((entry) => !entry.required)).toBe(true);
    expect(result.findings.some((finding) => finding.ruleId === 'root-mfa-enabled')).toBe(false);
  });

  it('says "not evaluated" in the pack instead of "No exceptions"', async () => {
    const out = mkdtempSync(join(tmpdir(), 'soc2-rule-selection-pack-'));
    const run = await runCli(
      ['scan', '--template', 'key.yaml', '--out', out, '--format', 'html', '--baseline', 'none'],
      dir,
    );
    expect(run.code).toBe(0);
    const html = readFileSync(findFile(out, 'index.html'), 'utf8');
    const rootMfa = html.slice(html.indexOf('root-mfa-enabled'));
    expect(rootMfa).toContain(
      'Not evaluated in this scan: this control runs on live accounts and snapshots only, not on templates',
    );
  });

  it('lists them in the Markdown summary (the PR comment)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'soc2-rule-selection-md-'));
    const run = await runCli(
      ['scan', '--template', 'key.yaml', '--out', out, '--format', 'markdown', '--baseline', 'none'],
      dir,
    );
    expect(run.code).toBe(0);
    const summary = readFileSync(findFile(out, 'summary.md'), 'utf8');
    expect(summary).toMatch(
      /^\*\*PASS\*\*: .*, \d+ rules not evaluated on templates, 1 rule needing a setting, 2 passed$/m,
    );
    expect(summary).toContain(
      '- `root-mfa-enabled`: runs on live accounts and snapshots only, not on templates',
    );
  });

  it('when a filter leaves only rules that cannot run, they all count as missing evidence', async () => {
    // The identity family holds template rules too: skip those, so only live-only rules are left.
    const onTemplates = allRules.filter(
      (rule) =>
        rule.family === 'identity' && (rule.sources === undefined || rule.sources.includes('template')),
    );
    const { code, result } = await jsonScan(
      '--template',
      'key.yaml',
      '--family',
      'identity',
      '--skip-rules',
      onTemplates.map((rule) => rule.id).join(','),
    );
    expect(code).toBe(3);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((finding) => finding.status === 'UNKNOWN')).toBe(true);
    expect(result.notEvaluated).toHaveLength(result.findings.length);
    expect((result.notEvaluated ?? []).every((entry) => entry.required)).toBe(true);
  });
});

function findFile(root: string, name: string): string {
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name === name) return join(entry.parentPath, entry.name);
  }
  throw new Error(`${name} not found under ${root}`);
}

describe('choosing rules', () => {
  it('--skip-rules leaves a rule out', async () => {
    const all = await jsonScan('--template', 'db.yaml');
    expect(all.result.findings.map((finding) => finding.ruleId)).toContain('db-not-publicly-accessible');
    const { result } = await jsonScan('--template', 'db.yaml', '--skip-rules', 'db-not-publicly-accessible');
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain('db-not-publicly-accessible');
    expect(result.findings.map((finding) => finding.ruleId)).toContain('storage-encrypted');
    expect(result.rules.map((rule) => rule.id)).not.toContain('db-not-publicly-accessible');
  });

  it('--severity keeps rules of that severity or higher', async () => {
    const { result } = await jsonScan('--template', 'db.yaml', '--severity', 'CRITICAL');
    expect(new Set(result.rules.map((rule) => rule.severity))).toEqual(new Set(['critical']));
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['db-not-publicly-accessible']);
    const high = await jsonScan('--template', 'db.yaml', '--severity', 'high');
    expect(new Set(high.result.rules.map((rule) => rule.severity))).toEqual(new Set(['critical', 'high']));
  });

  it('--family keeps the rules of those families', async () => {
    const { result } = await jsonScan('--template', 'db.yaml', '--family', 'encryption');
    expect(new Set(result.rules.map((rule) => rule.family))).toEqual(new Set(['encryption']));
    expect(new Set(result.findings.map((finding) => finding.ruleId))).toEqual(
      new Set(['storage-encrypted', 'storage-encrypted-with-cmk']),
    );
    expect(result.scan.parameters).toMatchObject({ families: ['encryption'] });
  });

  it.each([
    [
      ['--rules', 'root-mfa-enabld'],
      'unknown rule id "root-mfa-enabld" in --rules; did you mean "root-mfa-enabled"?',
    ],
    [
      ['--skip-rules', 'storage-encrypted,db-subnet-private'],
      'unknown rule id "db-subnet-private" in --skip-rules; did you mean "db-subnets-private"?',
    ],
    [['--family', 'netwrk'], 'unknown --family "netwrk"; did you mean "network"?'],
    [['--severity', 'hihg'], 'unknown --severity "hihg"; did you mean "high"?'],
    [['--family', 'waf', '--severity', 'critical'], 'no rule is left to run'],
  ])('%j is one line and exit 2', async (args, expected) => {
    const run = await runCli(['scan', '--template', 'db.yaml', ...args], dir);
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toContain(expected);
  });
});
