/**
 * Reports stay bounded however many findings a scan has: above
 * DETAIL_ROW_LIMIT exception rows, each control lists its first rows and the
 * rest are counted, with findings.json and the CSV holding every finding.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DETAIL_ROWS_PER_CONTROL } from '../../../src/report/html/view-model.js';
import { findingsJsonChunks, renderFindingsJson } from '../../../src/report/json.js';
import { writePack } from '../../../src/report/pack/index.js';
import { readFindingsFile } from '../../../src/report/pack/findings-file.js';
import { findBrowser, launchPdfBrowser, type PdfBrowser } from '../../../src/report/pdf.js';
import { buildFixture } from '../../fixtures/findings/builder.js';
import { pdfPages } from './pdf-text.js';
import { logLines, tempDir } from './helpers.js';

let dir: Awaited<ReturnType<typeof tempDir>>;
let browser: PdfBrowser;

beforeAll(async () => {
  dir = await tempDir();
  const path = await findBrowser();
  if (path === undefined) throw new Error('PDF tests need Chromium (/usr/bin/chromium)');
  browser = await launchPdfBrowser(path);
});

afterAll(async () => {
  await browser?.close();
  await dir.remove();
});

async function packOf(findings: number): Promise<{ html: string; pdf: Buffer; dir: string }> {
  const { log } = logLines();
  const pack = await writePack(buildFixture({ findings, mix: { FAIL: 0.2 } }), {
    outDir: join(dir.path, String(findings)),
    formats: ['json', 'html', 'pdf'],
    pdfBrowser: browser,
    log,
  });
  return {
    html: await readFile(join(pack.dir, 'index.html'), 'utf8'),
    pdf: await readFile(join(pack.dir, 'evidence.pdf')),
    dir: pack.dir,
  };
}

describe('large packs', () => {
  it('60,000 findings give a report no larger than 20,000 do, pointing to findings.json', async () => {
    // Both well above DETAIL_ROW_LIMIT exception rows (a fifth FAIL), the larger three times the smaller.
    const medium = await packOf(20_000);
    const large = await packOf(60_000);
    const mediumPages = (await pdfPages(medium.pdf)).length;
    const largePages = await pdfPages(large.pdf);
    expect(largePages.length).toBeLessThanOrEqual(mediumPages + 2);
    expect(largePages.length).toBeLessThan(150);
    expect(Buffer.byteLength(large.html)).toBeLessThan(Buffer.byteLength(medium.html) * 1.1);
    expect(Buffer.byteLength(large.html)).toBeLessThan(1_500_000);
    expect(large.html).toMatch(/This scan has 60,000 findings/);
    expect(large.html).toMatch(/more exceptions of this control are not listed here/);
    expect(largePages.join('\n').replace(/\s+/g, ' ')).toContain(
      `lists its first ${DETAIL_ROWS_PER_CONTROL} exceptions`,
    );
    const findings = JSON.parse(await readFile(join(large.dir, 'findings.json'), 'utf8'));
    expect(findings.findings).toHaveLength(60_000);
  }, 180_000);

  it('writes findings.json in pieces, byte for byte as in one string', () => {
    for (const count of [0, 1, 2, 300]) {
      const result = buildFixture({ findings: count, hostile: true });
      expect([...findingsJsonChunks(result)].join('')).toBe(renderFindingsJson(result));
    }
  });

  it('reads a findings.json too large for one string as a stream, to the same result and hash', async () => {
    const file = join(dir.path, 'findings.json');
    await writeFile(file, renderFindingsJson(buildFixture({ findings: 400, hostile: true })));
    const whole = await readFindingsFile(file);
    const streamed = await readFindingsFile(file, 0);
    expect(streamed).toEqual(whole);
    expect(streamed.result.findings).toHaveLength(400);
    await writeFile(file, '{"schemaVersion": "1.0", "findings": [{"ruleId": "x"},');
    await expect(readFindingsFile(file, 0)).rejects.toThrow(/findings.json: not valid JSON/);
  });
});
