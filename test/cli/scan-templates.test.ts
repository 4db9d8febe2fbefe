/**
 * `soc2 scan --template` end to end through main(): template source, engine,
 * console summary, exit codes, suppressions and the evidence pack outputs.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { ScanResult } from '../../src/engine/finding.js';
import { PACKAGE_ROOT } from '../../src/version.js';
import { validate } from '../report/outputs/json-schema-subset.js';
import { validateSarif } from '../report/outputs/sarif-validator.js';
import { parseXml } from '../report/outputs/xml-check.js';
import { oneErrorLine, runCli } from './capture.js';

const cwd = new URL('./fixtures/', import.meta.url).pathname;
const KEYS = ['scan', '--template', 'keys.yaml', '--rules', 'kms-key-rotation'];

describe('soc2 scan --template', () => {
  it('exits 0 when every check passes', async () => {
    const run = await runCli(['scan', '-t', 'rotated.yaml'], cwd);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain('template scan of rotated');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^PASS: no failures, evidence complete/);
  });

  it('exits 1 on a failure and reports it with file and line; UNKNOWN and SUPPRESSED are shown too', async () => {
    const run = await runCli(KEYS, cwd);
    expect(run.code).toBe(EXIT.failures);
    expect(run.stdout).toContain('kms-key-rotation [medium]');
    expect(run.stdout).toMatch(/kms-key keys\/StaleKey \(keys\.yaml:\d+\): automatic rotation is disabled/);
    expect(run.stdout).toMatch(/UNKNOWN kms-key keys\/LedgerKey .*RotateLedger/);
    expect(run.stdout).toContain('suppressed (metadata:checkov): Legacy key, retired with the old ledger');
    expect(run.stdout).toContain(
      '4 findings: 1 FAIL, 1 UNKNOWN, 0 ERROR, 1 SUPPRESSED, 1 PASS, 0 NOT_APPLICABLE',
    );
  });

  it('--fail-on above the failure\u2019s severity leaves the unknown: exit 3; --no-fail-on-unknown: exit 0', async () => {
    expect((await runCli([...KEYS, '--fail-on', 'high'], cwd)).code).toBe(EXIT.incomplete);
    expect((await runCli([...KEYS, '--fail-on', 'none'], cwd)).code).toBe(EXIT.incomplete);
    expect((await runCli([...KEYS, '--fail-on', 'high', '--no-fail-on-unknown'], cwd)).code).toBe(EXIT.ok);
    expect((await runCli([...KEYS, '--fail-on', 'medium', '--no-fail-on-unknown'], cwd)).code).toBe(
      EXIT.failures,
    );
  });

  it('resolves the unknown with --parameters, and a suppressions file accepts the failure', async () => {
    const resolved = [...KEYS, '--parameters', 'RotateLedger=true'];
    expect((await runCli(resolved, cwd)).code).toBe(EXIT.failures);
    const run = await runCli([...resolved, '--suppressions', 'suppress-stale.yaml'], cwd);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain(
      'suppressed (file:suppress-stale.yaml, until 2999-12-31): Rotation handled by the key custodian runbook',
    );
    const unrotated = await runCli([...KEYS, '-p', 'RotateLedger=false', '--fail-on', 'high'], cwd);
    expect(unrotated.code).toBe(EXIT.ok);
  });

  it('--quiet prints only the verdict line', async () => {
    const run = await runCli([...KEYS, '--quiet'], cwd);
    expect(run.stdout.split('\n').filter((line) => line !== '')).toEqual([
      'FAIL: 1 failing; 1 could not be checked (1 UNKNOWN, 0 ERROR); 1 suppressed; 1 passed',
    ]);
  });

  it('a broken template exits 2 with one line naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'soc2-cli-broken-'));
    try {
      const broken = join(dir, 'broken.yaml');
      await writeFile(broken, 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties: [unclosed\n');
      const run = await runCli(['scan', '-t', broken], cwd);
      expect(run.code).toBe(EXIT.badInput);
      expect(oneErrorLine(run)).toContain('broken.yaml');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a missing template exits 2 with one line naming the file', async () => {
    const run = await runCli(['scan', '-t', 'missing.yaml'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toMatch(/missing\.yaml/);
  });

  describe('--out with json, sarif and junit', () => {
    let outDir: string;
    let files: Map<string, string>;
    beforeAll(async () => {
      outDir = await mkdtemp(join(tmpdir(), 'soc2-cli-out-'));
      const run = await runCli([...KEYS, '--out', outDir, '--format', 'json,sarif', '-f', 'junit'], cwd);
      expect(run.code).toBe(EXIT.failures);
      files = new Map();
      const walk = async (dir: string): Promise<void> => {
        for (const entry of await readdir(dir, { withFileTypes: true })) {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) await walk(path);
          else if (entry.isFile()) files.set(entry.name, await readFile(path, 'utf8'));
        }
      };
      await walk(outDir);
    });
    afterAll(async () => {
      await rm(outDir, { recursive: true, force: true });
    });

    it('writes findings.json that validates against the documented schema', async () => {
      const schema = JSON.parse(
        await readFile(join(PACKAGE_ROOT, 'docs', 'findings.schema.json'), 'utf8'),
      ) as Record<string, unknown>;
      const findings = JSON.parse(files.get('findings.json')!) as ScanResult;
      expect(validate(schema, findings)).toEqual([]);
      expect(findings.summary.byStatus).toMatchObject({ FAIL: 1, UNKNOWN: 1, SUPPRESSED: 1, PASS: 1 });
      const stale = findings.findings.find((finding) => finding.resource.logicalId === 'StaleKey')!;
      expect(stale.resource).toMatchObject({ file: 'keys.yaml', cfnType: 'AWS::KMS::Key' });
      expect(stale.resource.line).toBeGreaterThanOrEqual(1);
    });

    it('writes SARIF pointing at the template line, and JUnit that parses', async () => {
      const sarif = JSON.parse(files.get('results.sarif')!) as {
        runs: {
          results: {
            ruleId: string;
            locations: { physicalLocation?: { artifactLocation: { uri: string } } }[];
          }[];
        }[];
      };
      const uris = sarif.runs[0]!.results.map(
        (result) => result.locations[0]!.physicalLocation?.artifactLocation.uri,
      );
      expect(uris).toContain('keys.yaml');
      const validation = await validateSarif(files.get('results.sarif')!);
      expect(
        validation.filter((message) => message.level === 'error' || message.level === 'warning'),
      ).toEqual([]);
      const junit = parseXml(files.get('junit.xml')!);
      expect(junit.attributes).toMatchObject({ tests: '4', failures: '1', errors: '1', skipped: '1' });
    });
  });
});
