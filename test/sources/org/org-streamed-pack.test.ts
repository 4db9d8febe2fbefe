/**
 * `soc2 scan --org --out` streams each account's findings to disk as its scan
 * ends (issue 8: memory stays bounded). Over the loopback AWS server: the
 * pack's findings.json, population CSV, findings.parquet and per-account
 * counts hold every finding the same organization gives when scanned into
 * memory (`--format json` to stdout), and the pack verifies.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareFindings } from '../../../src/engine/changes.js';
import type { Finding, ScanResult } from '../../../src/engine/finding.js';
import { openDuck, sqlString } from '../../../src/history/duckdb.js';
import { renderAsff } from '../../../src/report/asff.js';
import { renderJunit } from '../../../src/report/junit.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderOcsf } from '../../../src/report/ocsf.js';
import { renderSarif } from '../../../src/report/sarif.js';
import { runCli } from '../../cli/capture.js';
import { sampleOrganization, startFakeAws, type FakeAws } from '../../support/aws-server/index.js';
import { useTestAwsEnvironment } from '../../support/aws-env.js';

let fake: FakeAws;
let out: string;
let restoreEnvironment: () => void;

beforeEach(async () => {
  out = mkdtempSync(join(tmpdir(), 'soc2-org-stream-test-'));
  restoreEnvironment = useTestAwsEnvironment();
  const org = sampleOrganization();
  fake = await startFakeAws({ account: org.account, organization: org.organization });
  Object.assign(process.env, { AWS_ENDPOINT_URL: fake.endpoint });
});

afterEach(async () => {
  restoreEnvironment();
  await fake?.close();
  rmSync(out, { recursive: true, force: true });
});

const COMMON = [
  'scan',
  '--org',
  '--region',
  'us-east-1,eu-west-1',
  '--fail-on',
  'none',
  '--baseline',
  'none',
];

const identity = (finding: Finding): string =>
  JSON.stringify([finding.ruleId, finding.resource.id, finding.status, finding.severity, finding.message]);

describe('soc2 scan --org --out', () => {
  it('writes every finding into the pack from its spool, as a scan held in memory finds them, and the pack verifies', async () => {
    const inMemory = await runCli([...COMMON, '--format', 'json'], process.cwd(), process.env);
    const held = (JSON.parse(inMemory.stdout) as ScanResult).findings;
    expect(held.length).toBeGreaterThan(100);

    const run = await runCli([...COMMON, '--out', out, '--format', 'json,html'], process.cwd(), process.env);
    expect(run.code, run.stderr).toBe(3);
    const packDir = /Evidence pack: (.+)/.exec(run.stdout)![1]!.trim();
    const pack = JSON.parse(readFileSync(join(packDir, 'findings.json'), 'utf8')) as ScanResult;

    expect(pack.findings.map(identity).sort()).toEqual(held.map(identity).sort());
    expect(pack.summary.total).toBe(held.length);
    expect(pack.summary.byStatus.FAIL).toBe(held.filter((finding) => finding.status === 'FAIL').length);

    const csvRows = readFileSync(join(packDir, 'passing-resources.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csvRows).toHaveLength(held.length + 1);
    const perAccount = readFileSync(join(packDir, 'account-controls.csv'), 'utf8').trimEnd().split('\r\n');
    expect(perAccount[0]).toBe(
      'account,rule_id,population,pass,fail,unknown,error,suppressed,not_applicable',
    );
    const counted = perAccount.slice(1).reduce((sum, row) => sum + Number(row.split(',')[2]), 0);
    expect(counted).toBe(held.length);

    const duck = await openDuck();
    try {
      const reader = await duck.connection.runAndReadAll(
        `SELECT rule_id, resource_id, status, account FROM read_parquet(${sqlString(join(packDir, 'findings.parquet'))})`,
      );
      const rows = reader.getRowObjects() as {
        rule_id: string;
        resource_id: string;
        status: string;
        account: string;
      }[];
      const key = (ruleId: string, resourceId: string, status: string, account: string | undefined) =>
        [ruleId, resourceId, status, account].join('|');
      expect(rows.map((row) => key(row.rule_id, row.resource_id, row.status, row.account)).sort()).toEqual(
        held
          .map((finding) =>
            key(finding.ruleId, finding.resource.id, finding.status, finding.resource.account),
          )
          .sort(),
      );
    } finally {
      duck.close();
    }

    expect(readdirSync(packDir)).toContain('index.html');
    const verify = await runCli(['verify', packDir], process.cwd(), process.env);
    // 5: every file matches the manifest; the pack is not signed.
    expect(verify.code, verify.stdout + verify.stderr).toBe(5);
  }, 240_000);
});

describe('soc2 scan --org --out, every format', () => {
  it('writes SARIF, JUnit, OCSF, ASFF and summary.md from its spool as they render from its findings.json in memory', async () => {
    const run = await runCli(
      [...COMMON, '--out', out, '--format', 'json,sarif,junit,ocsf,asff,markdown'],
      process.cwd(),
      process.env,
    );
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).not.toMatch(/read back into memory/);
    const packDir = /Evidence pack: (.+)/.exec(run.stdout)![1]!.trim();
    const read = (name: string) => readFileSync(join(packDir, name), 'utf8');
    const pack = JSON.parse(read('findings.json')) as ScanResult;
    expect(pack.findings.length).toBeGreaterThan(100);
    expect(pack.findings.some((finding) => finding.status === 'FAIL')).toBe(true);

    // findings.json lists evidence keys sorted, the spool as the rules made them: the JSON formats are compared as data.
    expect(JSON.parse(read('results.sarif'))).toEqual(JSON.parse(renderSarif(pack)));
    expect(JSON.parse(read('findings.ocsf.json'))).toEqual(JSON.parse(renderOcsf(pack)));
    expect(JSON.parse(read('findings.asff.json'))).toEqual(JSON.parse(renderAsff(pack)));
    const evidenceSorted = (xml: string) =>
      xml.replace(/evidence: (\{.*?\})(?=&#10;|<\/)/g, (_all, json: string) =>
        JSON.stringify(sortedKeys(JSON.parse(json.replace(/&quot;/g, '"').replace(/&amp;/g, '&')))),
      );
    expect(evidenceSorted(read('junit.xml'))).toBe(evidenceSorted(renderJunit(pack)));
    expect(read('summary.md')).toBe(renderMarkdown(pack));
  }, 240_000);

  it('compares with the previous findings.json one finding at a time and finds what compareFindings finds in memory', async () => {
    const first = await runCli([...COMMON, '--out', out, '--format', 'json'], process.cwd(), process.env);
    const firstDir = /Evidence pack: (.+)/.exec(first.stdout)![1]!.trim();
    const before = JSON.parse(readFileSync(join(firstDir, 'findings.json'), 'utf8')) as ScanResult;
    // Last night differed: some checks failed that pass now, some resources are gone, one is listed twice.
    const lastNight: ScanResult = {
      ...before,
      findings: [
        ...before.findings
          .filter((_finding, index) => index % 7 !== 0)
          .map((finding, index) =>
            index % 5 === 0
              ? { ...finding, status: finding.status === 'FAIL' ? ('PASS' as const) : ('FAIL' as const) }
              : finding,
          ),
        { ...before.findings[1]!, status: 'UNKNOWN' as const },
      ],
    };
    const baselineFile = join(out, 'last-night.json');
    writeFileSync(baselineFile, `${JSON.stringify(lastNight, null, 2)}\n`);

    const args = COMMON.slice(0, COMMON.indexOf('--baseline'));
    const run = await runCli(
      [...args, '--baseline', baselineFile, '--out', out, '--format', 'json'],
      process.cwd(),
      process.env,
    );
    expect(run.code, run.stderr).toBe(3);
    const packDir = /Evidence pack: (.+)/.exec(run.stdout)![1]!.trim();
    const tonight = JSON.parse(readFileSync(join(packDir, 'findings.json'), 'utf8')) as ScanResult;
    const expected = compareFindings(lastNight.findings, tonight.findings, {
      startedAt: lastNight.scan.startedAt,
      source: baselineFile,
    });
    expect(expected.counts.newFailures).toBeGreaterThan(0);
    expect(expected.counts.resolved).toBeGreaterThan(0);
    expect(tonight.changes).toEqual(JSON.parse(JSON.stringify(expected)));
  }, 240_000);
});

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}
