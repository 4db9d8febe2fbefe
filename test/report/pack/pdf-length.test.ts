/**
 * The PDF's length on the bundled examples: each control printed once, and
 * rationale and fixes left to the HTML and `soc2 explain`. Issue 7 asks for
 * under 10 pages for a template scan with 3 failures and under 25 for the
 * sample account; with 183 rules the CDK example fails 104 checks and the
 * sample 171, and the PDF is 40-odd pages: these bounds hold today's length
 * so it cannot grow unnoticed, and the target stays open.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { captureIo, tempDir } from './helpers.js';
import { pdfPages } from './pdf-text.js';

let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  dir = await tempDir();
});

afterAll(async () => {
  await dir.remove();
});

async function scanPages(args: string[]): Promise<{ pages: string[]; summary: string }> {
  const io = captureIo();
  const code = await main([...args, '--out', dir.path, '--format', 'json,pdf'], io);
  expect([0, 1, 3], io.err()).toContain(code);
  const packDir = io.out().match(/^Evidence pack: (.+)$/m)![1]!;
  return {
    pages: await pdfPages(await readFile(join(packDir, 'evidence.pdf'))),
    summary: `${io.out()}${io.err()}`,
  };
}

describe('evidence.pdf length', () => {
  it('stays under 45 pages for the CDK example (104 failures)', async () => {
    const { pages, summary } = await scanPages(['scan', '--template', 'examples/cdk-app/cdk.out']);
    expect(summary).toMatch(/FAIL: \d+ failing/);
    expect(pages.length).toBeLessThan(45);
    // Short, and still complete: every control and the criteria it leaves without evidence.
    const all = pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Not evaluated on templates: no automated evidence in this scan');
    expect(all).toContain('root-mfa-enabled');
  }, 120_000);

  it('stays under 48 pages for the sample account (171 failures)', async () => {
    const { pages } = await scanPages(['scan', '--sample']);
    expect(pages.length).toBeLessThan(48);
    expect(pages.join('\n')).toContain('Trust Services Criteria coverage');
  }, 120_000);
});
