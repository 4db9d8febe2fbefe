/**
 * `--format json|sarif|junit` without `--out` (or with `--out -`) writes that
 * format to stdout and the human summary to stderr, so
 * `soc2 scan -t cdk.out --format sarif > results.sarif` works.
 */
import { describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { ScanResult } from '../../src/engine/finding.js';
import { validateSarif } from '../report/outputs/sarif-validator.js';
import { parseXml } from '../report/outputs/xml-check.js';
import { runCli } from './capture.js';

const cwd = new URL('../fixtures/templates/', import.meta.url).pathname;

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
});
