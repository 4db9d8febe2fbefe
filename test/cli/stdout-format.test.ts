/**
 * `--format json|sarif|junit|markdown|ocsf|asff` without `--out` (or with `--out -`) writes that
 * format to stdout and the human summary to stderr, so
 * `soc2 scan -t cdk.out --format sarif > results.sarif` works.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { ScanResult } from '../../src/engine/finding.js';
import { validateSarif } from '../report/outputs/sarif-validator.js';
import { validate } from '../report/outputs/json-schema-subset.js';
import { parseXml } from '../report/outputs/xml-check.js';
import { runCli } from './capture.js';

const cwd = new URL('../fixtures/templates/', import.meta.url).pathname;
const schemas = new URL('../report/outputs/schemas/', import.meta.url).pathname;

async function schema(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(schemas, name), 'utf8')) as Record<string, unknown>;
}

describe('one format to stdout', () => {
  it('--format sarif: stdout is a SARIF log the validator accepts, the summary is on stderr', async () => {
    const run = await runCli(['scan', '-t', 'cdk.out', '--format', 'sarif'], cwd);
    expect(run.code).toBe(EXIT.failures);
    const log = JSON.parse(run.stdout) as Sarif.Log;
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results!.length).toBeGreaterThan(0);
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toMatch(
      /^cdk\.out\//,
    );
    expect(run.stderr).toMatch(/^soc2-evidence .*: template scan of templates/);
    expect(run.stderr).toMatch(/\nFAIL: \d+ failing/);
    const validation = await validateSarif(run.stdout);
    expect(validation.filter((message) => message.level === 'error' || message.level === 'warning')).toEqual(
      [],
    );
  }, 60_000);

  it('--out - --format json: stdout is findings.json', async () => {
    const run = await runCli(['scan', '-t', 'network-db.yaml', '--out', '-', '--format', 'json'], cwd);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.scan.source).toBe('template');
    expect(result.summary.total).toBe(result.findings.length);
    expect(run.stderr).toContain('findings:');
  });

  it('-f junit -q: stdout is JUnit XML, stderr the verdict line only', async () => {
    const run = await runCli(['scan', '-t', 'network-db.yaml', '-f', 'junit', '-q'], cwd);
    expect(run.stdout.startsWith('<?xml')).toBe(true);
    expect(parseXml(run.stdout).name).toBe('testsuites');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--format ocsf: stdout is the OCSF Detection Findings array, one per finding, as in a pack', async () => {
    const [json, run] = [
      await runCli(['scan', '-t', 'network-db.yaml', '-f', 'json'], cwd),
      await runCli(['scan', '-t', 'network-db.yaml', '-f', 'ocsf'], cwd),
    ];
    expect(run.code).toBe(json.code);
    const findings = (JSON.parse(json.stdout) as ScanResult).findings;
    const events = JSON.parse(run.stdout) as { class_name: string; status_code: string }[];
    expect(events.map((event) => event.status_code)).toEqual(
      findings.map((finding) => finding.suppression?.originalStatus ?? finding.status),
    );
    const ocsf = await schema('ocsf-detection-finding.schema.json');
    for (const event of events) expect(validate(ocsf, event)).toEqual([]);
    expect(run.stderr).toMatch(/\n(FAIL|PASS|INCOMPLETE)\b/);
  });

  it('--out - -f asff: stdout is the BatchImportFindings Findings array', async () => {
    const run = await runCli(['scan', '-t', 'network-db.yaml', '--out', '-', '-f', 'asff'], cwd);
    const findings = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(findings.length).toBeGreaterThan(0);
    const asff = await schema('asff-finding.schema.json');
    for (const finding of findings) expect(validate(asff, finding)).toEqual([]);
    expect(run.stderr).toContain('findings:');
  });

  it('-f markdown: stdout is summary.md (for $GITHUB_STEP_SUMMARY), with the verdict the console prints', async () => {
    const run = await runCli(['scan', '-t', 'network-db.yaml', '-f', 'markdown'], cwd);
    expect(run.stdout).toMatch(/^## SOC 2 checks: template scan of /);
    const consoleWord = /\n(FAIL|PASS|INCOMPLETE)\b/.exec(run.stderr)?.[1];
    expect(consoleWord).toBeDefined();
    expect(run.stdout).toContain(`\n**${consoleWord}**: `);
    expect(run.stdout).not.toContain('findings:');
  });
});
