/**
 * Evidence-pack benchmark: packs of 1,000, 10,000, 50,000 and 200,000 findings (every
 * format, PDF included); records wall time, PDF size and pages, and peak memory
 * of this process (a high-water mark: sizes run smallest first) and of the browser
 * (sum over its processes) to bench/results/pack.json.
 *
 *   npx tsx bench/pack.ts                 # the benchmark
 *   npx tsx bench/pack.ts --screenshots   # docs/report-html.png and docs/report-pdf-page.png
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writePack } from '../src/report/pack/index.js';
import { findBrowser, launchPdfBrowser, type PdfBrowser } from '../src/report/pdf.js';
import { PACKAGE_ROOT } from '../src/version.js';
import { buildFixture } from '../test/fixtures/findings/builder.js';

export interface PackBenchRow {
  findings: number;
  exceptions: number;
  seconds: number;
  htmlBytes: number;
  pdfBytes: number;
  pdfPages: number;
  nodePeakRssMb: number;
  browserPeakRssMb: number;
}

const SIZES = [1_000, 10_000, 50_000, 200_000];

/** Sum of the peak resident memory (VmHWM) of the browser and its child processes. */
function browserPeakRssMb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let totalKb = 0;
  const visit = (current: number): void => {
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      totalKb += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const children = readFileSync(`/proc/${current}/task/${current}/children`, 'utf8').trim();
      for (const child of children.split(/\s+/).filter(Boolean)) visit(Number(child));
    } catch {
      // the process ended meanwhile
    }
  };
  visit(pid);
  return Math.round(totalKb / 1024);
}

/** Page count with poppler's pdfinfo (installed by .ci/run), else pdfjs (which loads the whole PDF). */
async function pdfPageCount(path: string): Promise<number> {
  try {
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  } catch {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 }).promise;
    const pages = document.numPages;
    await document.destroy();
    return pages;
  }
}

export async function runPackBench(sizes: readonly number[] = SIZES): Promise<PackBenchRow[]> {
  const browserPath = await findBrowser();
  if (!browserPath) throw new Error('the pack benchmark needs Chromium (apt-get install chromium)');
  const outDir = await mkdtemp(join(tmpdir(), 'soc2-pack-bench-'));
  const rows: PackBenchRow[] = [];
  try {
    for (const size of sizes) {
      // A fresh browser per size, so its peak memory belongs to this size.
      const browser: PdfBrowser = await launchPdfBrowser(browserPath);
      try {
        const result = buildFixture({ findings: size, seed: size });
        const started = performance.now();
        const pack = await writePack(result, {
          outDir,
          formats: [],
          pdfBrowser: browser,
          log: () => undefined,
        });
        const seconds = (performance.now() - started) / 1000;
        // Before the page count below, which loads the whole PDF into this process.
        const nodePeakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
        const byStatus = result.summary.byStatus;
        rows.push({
          findings: size,
          exceptions: byStatus.FAIL + byStatus.UNKNOWN + byStatus.ERROR + byStatus.SUPPRESSED,
          seconds: Math.round(seconds * 100) / 100,
          htmlBytes: (await stat(join(pack.dir, 'index.html'))).size,
          pdfBytes: (await stat(join(pack.dir, 'evidence.pdf'))).size,
          pdfPages: await pdfPageCount(join(pack.dir, 'evidence.pdf')),
          nodePeakRssMb,
          browserPeakRssMb: browserPeakRssMb(browser.pid),
        });
        await rm(pack.dir, { recursive: true, force: true });
      } finally {
        await browser.close();
      }
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
  const resultsDir = join(PACKAGE_ROOT, 'bench', 'results');
  await mkdir(resultsDir, { recursive: true });
  await writeFile(
    join(resultsDir, 'pack.json'),
    `${JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, rows }, null, 2)}\n`,
  );
  return rows;
}

/** Screenshots for the README, from a scan of the bundled sample account. */
export async function renderScreenshots(): Promise<string[]> {
  const { main } = await import('../src/cli/main.js');
  const outDir = await mkdtemp(join(tmpdir(), 'soc2-shots-'));
  const quiet = { write: () => true };
  try {
    await main(['scan', '--sample', '--out', outDir, '--quiet'], {
      stdout: quiet,
      stderr: quiet,
      env: {},
      cwd: PACKAGE_ROOT,
    });
    const scopeDir = join(outDir, (await readdir(outDir))[0]!);
    const packDir = join(scopeDir, 'latest');
    const docs = join(PACKAGE_ROOT, 'docs');
    const browserPath = await findBrowser();
    if (!browserPath) throw new Error('screenshots need Chromium');
    const browser = await launchPdfBrowser(browserPath);
    try {
      const page = await browser.browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(`${pathToFileURL(join(packDir, 'index.html')).href}`);
      await page.screenshot({ path: join(docs, 'report-html.png') });
    } finally {
      await browser.close();
    }
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '2',
      '-l',
      '2',
      '-singlefile',
      join(packDir, 'evidence.pdf'),
      join(docs, 'report-pdf-page'),
    ]);
    return [join(docs, 'report-html.png'), join(docs, 'report-pdf-page.png')];
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--screenshots')) {
    for (const path of await renderScreenshots()) console.log(path);
  } else {
    for (const row of await runPackBench()) console.log(JSON.stringify(row));
  }
}
