import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { writePack, type PackResult } from '../../../src/report/pack/index.js';
import { rerenderReport } from '../../../src/report/pack/rerender.js';
import { destinationPages } from '../../../src/report/pack/pdf-pages.js';
import { verifyPack } from '../../../src/report/pack/verify.js';
import { findBrowser, launchPdfBrowser, renderPdf, type PdfBrowser } from '../../../src/report/pdf.js';
import { buildFixture, HOSTILE_NAMES } from '../../fixtures/findings/builder.js';
import { captureIo, logLines, tempDir } from './helpers.js';
import { pdfOutline, pdfPages, pdfTextRuns } from './pdf-text.js';

// One browser for the whole file: launching is the slow part.
let browser: PdfBrowser;
let dir: Awaited<ReturnType<typeof tempDir>>;
let pack: PackResult;
let pages: string[];
// A hostile scope too: it becomes a safe folder name, and plain text in the page header.
const SCOPE = '<img src=x onerror=alert(1)>';
const result = buildFixture({ findings: 300, hostile: true, scope: SCOPE });

beforeAll(async () => {
  const path = await findBrowser();
  if (!path) throw new Error('PDF tests need Chromium: apt-get install chromium (as .ci/run does)');
  browser = await launchPdfBrowser(path);
  dir = await tempDir();
  const { log } = logLines();
  pack = await writePack(result, { outDir: dir.path, formats: [], pdfBrowser: browser, log });
  pages = await pdfPages(await readFile(join(pack.dir, 'evidence.pdf')));
});

afterAll(async () => {
  await browser?.close();
  await dir?.remove();
});

describe('evidence.pdf', () => {
  it('is written with everything else and listed in a manifest that verifies', async () => {
    expect(pack.files).toContain('evidence.pdf');
    expect((await readdir(pack.dir)).sort()).toEqual(
      [
        'criteria-coverage.json',
        'evidence.pdf',
        'findings.json',
        'findings.parquet',
        'index.html',
        'junit.xml',
        'manifest.json',
        'passing-resources.csv',
        'results.sarif',
      ].sort(),
    );
    expect((await verifyPack(pack.dir)).ok).toBe(true);
  });

  it('has a cover, contents, summary, the criteria coverage, the controls and numbered pages with a header', () => {
    // Each control is printed once: the report no longer grows with the number of criteria a control supports.
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.length).toBeLessThan(25);
    expect(pages[0]).toContain('SOC 2 evidence report');
    expect(pages[0]).toContain('arn:aws:sts::123456789012:assumed-role/SOC2Auditor/evidence');
    expect(pages[0]).toContain('Contents');
    expect(pages[1]).toContain('Executive summary');
    pages.forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(text).toContain(`SOC 2 evidence: ${SCOPE}`);
      expect(text).toContain('2026-11-25T09:15:00.000Z');
    });
    // Table cells wrap: compare with every run of whitespace as one space.
    const all = pages.join('\n').replace(/\s+/g, ' ');
    for (const heading of [
      'Executive summary',
      'Trust Services Criteria coverage',
      'CC6.1 Logical access security',
      'CC7.2 Monitoring for anomalies',
      'No automated control: manual evidence needed',
      'Controls',
      'A. Methodology',
      'C. Gaps in the evidence',
    ]) {
      expect(all).toContain(heading);
    }
  });

  it('prints the page of every section in the contents, where that section really starts', async () => {
    const pdf = await readFile(join(pack.dir, 'evidence.pdf'));
    const starts = destinationPages(pdf);
    const sections: [anchor: string, heading: RegExp][] = [
      ['summary', /^Executive summary/],
      ['coverage', /^Trust Services Criteria coverage/],
      ['controls', /^Controls/],
      ['family--other', /^Other controls/],
      ['appendix', /^Appendix/],
      ['methodology', /^A\. Methodology/],
      ['data-sources', /^B\. Data sources/],
      ['gaps', /^C\. Gaps in the evidence/],
      ['rule-hashes', /^D\. Rule versions and hashes/m],
    ];
    for (const [anchor, heading] of sections) {
      const page = starts.get(anchor);
      expect(page, anchor).toBeGreaterThan(1);
      // The section's heading is on that page (after the running header).
      expect(
        pages[page! - 1]!.split('\n').some((line) => heading.test(line)),
        anchor,
      ).toBe(true);
    }
    // The contents list the same numbers, in order (right-aligned, so extracted as one run).
    expect(pages[0]).toContain(sections.map(([anchor]) => starts.get(anchor)).join('\n'));
    // The numbers belong to the PDF only: index.html has no page numbers.
    expect(await readFile(join(pack.dir, 'index.html'), 'utf8')).not.toContain('class="page"');
    expect(destinationPages(Buffer.from('not a pdf'))).toEqual(new Map());
  });

  it('prints every contents entry whole, inside the page margin (no number clipped to ".1.")', async () => {
    const runs = await pdfTextRuns(await readFile(join(pack.dir, 'evidence.pdf')), 1);
    const leftMarginPt = (12 / 25.4) * 72;
    expect(runs.map((run) => run.text)).toEqual(expect.arrayContaining(['1.', '2.', '3.', '4.']));
    for (const run of runs) expect(run.x, run.text).toBeGreaterThanOrEqual(leftMarginPt - 0.5);
  });

  it('has bookmarks for the summary, the coverage, the controls and the appendix', async () => {
    const outline = await pdfOutline(await readFile(join(pack.dir, 'evidence.pdf')));
    for (const title of [
      'Executive summary',
      'Trust Services Criteria coverage',
      'Security (common criteria) 6 of 33 with automated evidence',
      'Controls',
      'Appendix',
    ]) {
      expect(outline).toContain(title);
    }
  });

  it('shows hostile resource names as text', () => {
    // Table cells wrap long names; compare without the line breaks.
    const all = pages.join('').replace(/\s+/g, '');
    // The printed copy names the resources of exceptions and suppressions (passing ones are in the CSV and HTML).
    const printed = result.findings
      .filter((finding) => finding.status !== 'PASS' && finding.status !== 'NOT_APPLICABLE')
      .map((finding) => finding.resource.name ?? finding.resource.id)
      .filter((name) => HOSTILE_NAMES.some((hostile) => name.startsWith(hostile)));
    expect(new Set(printed.map((name) => name.replace(/-\d+$/, ''))).size).toBeGreaterThanOrEqual(3);
    for (const name of printed) expect(all).toContain(name.replace(/\s+/g, ''));
  });

  it('made no network request besides the document', () => {
    expect(pack.refusedRequests).toBe(0);
  });

  it('fails verify naming evidence.pdf when one of its bytes changes', async () => {
    const path = join(pack.dir, 'evidence.pdf');
    const original = await readFile(path);
    const flipped = Buffer.from(original);
    flipped[flipped.length >> 1] ^= 0x01;
    await writeFile(path, flipped);
    try {
      const report = await verifyPack(pack.dir);
      expect(report.problems.map((problem) => problem.file)).toEqual(['evidence.pdf']);
    } finally {
      await writeFile(path, original);
    }
  });
});

describe('index.html in a browser', () => {
  it('has no element made from a hostile name: no img, no script, no event handler', async () => {
    const page = await browser.browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.goto(pathToFileURL(join(pack.dir, 'index.html')).href);
      // Evaluated in the page (the test's TypeScript has no DOM types, hence a string).
      const counts = (await page.evaluate(`({
        img: document.querySelectorAll('img').length,
        script: document.querySelectorAll('script').length,
        handlers: [...document.querySelectorAll('*')].filter((element) =>
          [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
        text: document.body.textContent,
      })`)) as { img: number; script: number; handlers: number; text: string };
      expect(counts).toMatchObject({ img: 0, script: 0, handlers: 0 });
      for (const name of HOSTILE_NAMES) expect(counts.text).toContain(name);
    } finally {
      await page.close();
    }
  });
});

describe('request interception', () => {
  let server: Server;
  let hits = 0;
  beforeAll(async () => {
    server = createServer((_request, response) => {
      hits += 1;
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    // Chromium may pre-connect to hosts it sees in the markup without sending a request.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('refuses and counts every request but the document, even without a CSP', async () => {
    const { port } = server.address() as AddressInfo;
    const htmlPath = join(dir.path, 'leaky.html');
    await writeFile(
      htmlPath,
      `<html><head><link rel="stylesheet" href="http://127.0.0.1:${port}/style.css"></head>` +
        `<body><p>leaky</p><img src="http://127.0.0.1:${port}/pixel.png"><iframe src="http://127.0.0.1:${port}/frame"></iframe></body></html>`,
    );
    const printed = await renderPdf(browser, { htmlPath, scope: 's', timestamp: 't', timeoutMs: 30_000 });
    expect(new Set(printed.refusedRequests)).toEqual(
      new Set(['style.css', 'pixel.png', 'frame'].map((path) => `http://127.0.0.1:${port}/${path}`)),
    );
    expect(hits).toBe(0);
    expect((await pdfPages(printed.pdf)).join('')).toContain('leaky');
  });
});

describe('without a browser', () => {
  it('writes everything else and says how to get PDFs', async () => {
    const { log, lines } = logLines();
    const out = await writePack(result, {
      outDir: join(dir.path, 'no-browser'),
      formats: [],
      browserPath: '/nonexistent/chromium',
      log,
    });
    expect(out.files).not.toContain('evidence.pdf');
    expect(out.files).toContain('index.html');
    expect(lines).toEqual([
      expect.stringMatching(
        /evidence.pdf not written: .*apt-get install chromium.*PUPPETEER_EXECUTABLE_PATH/,
      ),
    ]);
  });

  it('is bad input when pdf was asked for, and nothing is written', async () => {
    const { log } = logLines();
    const outDir = join(dir.path, 'no-browser-explicit');
    await expect(
      writePack(result, { outDir, formats: ['html', 'pdf'], browserPath: '/nonexistent/chromium', log }),
    ).rejects.toThrow(InputError);
    await expect(readdir(outDir)).rejects.toThrow(/ENOENT/);
  });
});

describe('soc2 report (re-render)', () => {
  it('renders a new pack from an earlier one, with another template, without the scan', async () => {
    const custom = join(dir.path, 'custom-templates');
    await import('node:fs/promises').then((fs) => fs.mkdir(join(custom, 'partials'), { recursive: true }));
    await writeFile(
      join(custom, 'partials', 'cover.hbs'),
      '<section id="cover"><h1>Re-rendered for {{scan.scope}}</h1></section>',
    );
    const io = captureIo();
    const code = await rerenderReport(
      { input: pack.dir, formats: [], templateDir: custom, pdfBrowser: browser },
      io,
    );
    expect(code).toBe(0);
    const newDir = io.out().match(/^Evidence pack: (.+)$/m)![1]!;
    expect(newDir).not.toBe(pack.dir);
    expect(newDir.startsWith(join(dir.path, 'img_src_x_onerror_alert_1'))).toBe(true);
    expect((await readdir(newDir)).sort()).toEqual([
      'criteria-coverage.json',
      'evidence.pdf',
      'findings.json',
      'findings.parquet',
      'index.html',
      'manifest.json',
      'passing-resources.csv',
    ]);
    expect((await verifyPack(newDir)).ok).toBe(true);
    const manifest = JSON.parse(await readFile(join(newDir, 'manifest.json'), 'utf8'));
    expect(manifest.renderedFrom.input).toBe(join(pack.dir, 'findings.json'));
    expect(manifest.scan.startedAt).toBe(result.scan.startedAt);
    const newPages = await pdfPages(await readFile(join(newDir, 'evidence.pdf')));
    expect(newPages[0]!.replace(/\s+/g, ' ')).toContain(`Re-rendered for ${SCOPE}`);
    // The original pack is untouched.
    expect((await verifyPack(pack.dir)).ok).toBe(true);
  });
});
