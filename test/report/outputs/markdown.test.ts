/**
 * summary.md: the failures with their fixes, what could not be checked and
 * why, suppressions and gaps, with every value from a template or an account
 * escaped so it cannot inject markup or break a table row.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exit-codes.js';
import { countByStatus, type Finding } from '../../../src/engine/finding.js';
import { markdownEscape, renderMarkdown } from '../../../src/report/markdown.js';
import { PACKAGE_ROOT } from '../../../src/version.js';
import { runCli } from '../../cli/capture.js';
import { mixedScanResult } from './fixture.js';

/** Table cells split on pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((cell) => cell.trim());
}

describe('renderMarkdown', () => {
  const result = mixedScanResult();
  const markdown = renderMarkdown(result);

  it('leads with the verdict and the counts that decide it', () => {
    const by = result.summary.byStatus;
    expect(markdown.split('\n')[0]).toBe('## SOC 2 checks: live scan of 111122223333');
    expect(markdown).toContain(
      `**FAIL**: ${by.FAIL} failing, ${by.UNKNOWN + by.ERROR} could not be checked, 1 gap in the evidence, ${by.SUPPRESSED} suppressed, ${by.PASS} passed`,
    );
  });

  it('lists each failing rule once with its fix, then every failing resource', () => {
    const failing = markdown.slice(
      markdown.indexOf('### Failing'),
      markdown.indexOf('### Could not be checked'),
    );
    expect(failing).toContain(`### Failing (${result.summary.byStatus.FAIL})`);
    expect(failing.match(/^#### `kms-key-rotation`/gm)).toHaveLength(1);
    expect(failing).toContain(
      '**Fix:** Enable automatic rotation on every customer-managed symmetric KMS key.',
    );
    expect(failing).toContain('- CloudFormation: AWS::KMS::Key: set `EnableKeyRotation: true`');
    expect(failing).toContain('- AWS CLI: aws kms enable-key-rotation --key-id &lt;key-id&gt;');
    expect(failing).toMatch(
      /^\| [^|]*App\/RotationOff[^|]*templates\/app\.yaml:12[^|]* \| automatic rotation is disabled \|$/m,
    );
  });

  it('says why a check could not be completed, and shows suppressions with their justification and the gaps', () => {
    const unknown = markdown.slice(
      markdown.indexOf('### Could not be checked'),
      markdown.indexOf('### Suppressed'),
    );
    expect(unknown).toMatch(/\| UNKNOWN \| [^|]*App\/Hostile[^|]* \| rotation could not be resolved/);
    expect(unknown).toMatch(
      /\| ERROR \| [^|]*App\/Bucket[^|]* \| rule error: cannot read properties of undefined \|/,
    );
    expect(markdown).toContain('(suppressed, metadata:checkov: Legacy key, retired in Q3)');
    expect(markdown).toContain(
      '(suppressed, file:soc2-suppressions.yaml, until 2026-12-31: Rotated by the HSM team every 90 days)',
    );
    expect(markdown).toContain('- s3-bucket in 111122223333/eu-west-1 (s3:ListBuckets): AccessDenied');
  });

  it('a hostile resource name is text: no HTML, no extra table cell, one line', () => {
    const rows = markdown.split('\n').filter((line) => line.includes('App/Hostile'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).not.toContain('<img');
      expect(row).not.toContain('\u001b');
      expect(row).toContain('&lt;img src=x onerror=alert(1)&gt; \\]\\]&gt; &amp;');
      expect(cells(row)).toHaveLength(3);
    }
    expect(markdownEscape('a | b\nc ` d * e _ f [g](h)')).toBe('a \\| b c \\` d \\* e \\_ f \\[g\\](h)');
  });

  it('caps long groups and says how many more', () => {
    const capped = renderMarkdown(result, { maxPerRule: 1 });
    const failing = capped.slice(capped.indexOf('### Failing'), capped.indexOf('### Could not be checked'));
    expect(failing).toContain(`... and ${result.summary.byStatus.FAIL - 1} more`);
  });
});

describe('soc2 scan --template --format markdown', () => {
  let outDir: string;
  let summary: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'soc2-markdown-'));
    const cwd = join(PACKAGE_ROOT, 'test', 'cli', 'fixtures');
    const run = await runCli(['scan', '-t', 'rotated.yaml', '--out', outDir, '--format', 'markdown'], cwd);
    expect(run.code).toBe(EXIT.ok);
    const [pack] = await readdir(join(outDir, 'rotated'));
    summary = await readFile(join(outDir, 'rotated', pack!, 'summary.md'), 'utf8');
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('a clean run says PASS and lists nothing to fix', () => {
    // The template cannot show account settings: the live-only rules are named, not counted as passing.
    expect(summary).toMatch(
      /^\*\*PASS\*\*: 0 failing, 0 could not be checked, 0 suppressed, \d+ rules not evaluated on templates, 1 rule needing a setting, \d+ passed$/m,
    );
    expect(summary).not.toContain('### Failing');
  });
});

describe('summary.md follows the gate and lists what was left out', () => {
  let dir: string;
  const cwd = join(PACKAGE_ROOT, 'test', 'cli', 'fixtures');
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'soc2-markdown-gate-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function summaryOf(args: string[], expectedCode: number): Promise<string> {
    const out = await mkdtemp(join(dir, 'out-'));
    const run = await runCli([...args, '--out', out, '--format', 'markdown', '-q'], cwd);
    expect(run.code).toBe(expectedCode);
    const [scope] = await readdir(out);
    const packs = (await readdir(join(out, scope!))).filter((name) => /^\d{4}-/.test(name));
    return readFile(join(out, scope!, packs[0]!, 'summary.md'), 'utf8');
  }

  it('failures below --fail-on are counted but the word is PASS when the run exits 0', async () => {
    const summary = await summaryOf(
      ['scan', '-t', 'keys.yaml', '--rules', 'kms-key-rotation', '--fail-on', 'high', '--no-fail-on-unknown'],
      EXIT.ok,
    );
    expect(summary).toContain(
      '**PASS**: 0 failing at or above high, 1 failing below the gate, 1 could not be checked, 1 suppressed, 1 passed',
    );
    expect(summary).toContain('### Failing (1)');
  });

  it('broken input files and unused suppressions have their own sections, and the word is not PASS', async () => {
    const broken = join(dir, 'broken.yaml');
    await writeFile(broken, 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties: [unclosed\n');
    const summary = await summaryOf(
      ['scan', '-t', 'rotated.yaml', '-t', broken, '--suppressions', 'suppress-stale.yaml'],
      EXIT.badInput,
    );
    expect(summary).toMatch(/^\*\*INCOMPLETE\*\*: .*1 broken input file not scanned/m);
    expect(summary).toMatch(
      /### Not scanned: broken input files \(1\)\n\n- .*broken\.yaml:\d+: invalid YAML/,
    );
    expect(summary).toMatch(
      /### Unused suppressions \(1\)\n\n- kms-key-rotation on StaleKey, file:suppress-stale\.yaml: /,
    );
  });
});

describe('renderMarkdown: one unread input behind many population checks', () => {
  const reason = 'the template of nested stack root/storage is not on disk (TemplateURL is remote)';
  const types = ['s3-bucket', 'sqs-queue', 'sns-topic', 'kms-key', 'log-group'] as const;
  const base = mixedScanResult();
  const population: Finding[] = types.map((type) => ({
    ruleId: 'storage-encrypted',
    title: 'Data stores are encrypted at rest',
    status: 'UNKNOWN',
    severity: 'high',
    controls: ['CC6.1'],
    resource: { type, id: `${type}:*` },
    message: `The ${type} population could not be read: ${reason}`,
    evidence: { action: 'read nested stack root/storage', reason },
  }));
  const others = base.findings.filter(
    (finding) => finding.status === 'UNKNOWN' || finding.status === 'ERROR',
  );
  const findings = [...population, ...others];
  const gaps = types.map((resourceType) => ({
    resourceType,
    action: 'read nested stack root/storage',
    reason,
  }));
  const markdown = renderMarkdown({
    ...base,
    findings,
    gaps,
    summary: { total: findings.length, byStatus: countByStatus(findings) },
  });

  it('counts them under their cause, lists the other unchecked findings by rule, and puts the gaps on one line', () => {
    expect(markdown).toContain(`### Could not be checked (${findings.length})`);
    expect(markdown).toContain(`- UNKNOWN: 5 population checks of 1 rule, not read: ${reason}`);
    expect(markdown).toContain('  - resource types: kms-key, log-group, s3-bucket, sns-topic, sqs-queue');
    expect(markdown).toContain(`### Could not be checked, by rule (${others.length})`);
    expect(markdown).not.toContain(`The sqs-queue population could not be read`);
    expect(markdown).toContain(`- 5 resource types (read nested stack root/storage): ${reason}`);
  });
});
