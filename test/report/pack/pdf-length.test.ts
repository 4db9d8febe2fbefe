/**
 * The PDF's length, with issue 7's bounds: under 10 pages for a template scan
 * with 3 failures, under 25 for the sample account with the full catalogue.
 * The printed copy stays complete where an auditor needs it: every control
 * once, every exception's resource and status, the reason a check could not
 * be completed, and criteria that read "not evaluated" or "manual evidence"
 * rather than clean; the passing resources and each finding's full evidence
 * are in the same pack (passing-resources.csv, findings.json, index.html).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import type { ScanResult } from '../../../src/engine/finding.js';
import { captureIo, tempDir } from './helpers.js';
import { pdfPages } from './pdf-text.js';

let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  dir = await tempDir();
});

afterAll(async () => {
  await dir.remove();
});

async function scan(args: string[]): Promise<{ pages: string[]; findings: ScanResult }> {
  const io = captureIo();
  const code = await main([...args, '--out', dir.path, '--format', 'json,pdf'], io);
  expect([0, 1, 3], io.err()).toContain(code);
  const packDir = io.out().match(/^Evidence pack: (.+)$/m)![1]!;
  return {
    pages: await pdfPages(await readFile(join(packDir, 'evidence.pdf'))),
    findings: JSON.parse(await readFile(join(packDir, 'findings.json'), 'utf8')) as ScanResult,
  };
}

/** Table cells and list columns wrap ids and names anywhere: compare without whitespace. */
function squeezed(pages: string[]): string {
  return pages.join('').replace(/\s+/g, '');
}

/** Every control and every resource with an exception is in the printed copy. */
function expectEveryControlAndException(pages: string[], findings: ScanResult): void {
  const text = squeezed(pages);
  for (const rule of findings.rules) expect(text, rule.id).toContain(rule.id);
  for (const finding of findings.findings) {
    if (!['FAIL', 'UNKNOWN', 'ERROR'].includes(finding.status)) continue;
    const name = finding.resource.name ?? finding.resource.id;
    expect(text, `${finding.ruleId} ${name}`).toContain(name.replace(/\s+/g, ''));
  }
}

describe('evidence.pdf length', () => {
  it('is under 10 pages for a template scan with 3 failing checks, and still says what was not evaluated', async () => {
    const { pages, findings } = await scan([
      'scan',
      '--template',
      'test/fixtures/templates/three-failures.yaml',
    ]);
    expect(findings.findings.filter((finding) => finding.status === 'FAIL')).toHaveLength(3);
    expect(findings.rules.length).toBeGreaterThan(150);
    expect(pages.length).toBeLessThan(10);
    expectEveryControlAndException(pages, findings);
    const all = pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain(
      'Not evaluated in this scan: this control runs on live accounts and snapshots only',
    );
    expect(all).toContain('Not evaluated on templates');
    expect(all).toContain('No automated control: manual evidence needed');
    expect(all).not.toContain('No exceptions: no resource failed');
  }, 120_000);

  it('is under 25 pages for the sample account (171 failures), UNKNOWN reasons included', async () => {
    const { pages, findings } = await scan(['scan', '--sample']);
    expect(findings.findings.filter((finding) => finding.status === 'FAIL').length).toBeGreaterThan(150);
    expect(pages.length).toBeLessThan(25);
    expectEveryControlAndException(pages, findings);
    const all = pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Trust Services Criteria coverage');
    // The reason a check could not be completed is printed (cut at a word when long).
    const unknown = findings.findings.find((finding) => finding.status === 'UNKNOWN')!;
    expect(all).toContain(unknown.message.slice(0, 60));
    // Where the printed copy leaves detail, it says which file of the pack holds it.
    expect(all).toContain('passing-resources.csv');
  }, 120_000);

  it('is under 20 pages for the CDK example (100-odd failures)', async () => {
    const { pages, findings } = await scan(['scan', '--template', 'examples/cdk-app/cdk.out']);
    expect(findings.findings.filter((finding) => finding.status === 'FAIL').length).toBeGreaterThan(90);
    expect(pages.length).toBeLessThan(20);
    expectEveryControlAndException(pages, findings);
  }, 120_000);
});
