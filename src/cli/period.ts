/**
 * `soc2 period DIR --from DATE --to DATE`: the Type II view of a folder of
 * nightly packs. Every pack in the window is verified first; what did not
 * verify is named and left out of every count.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { DEFAULT_MEMORY_LIMIT } from '../history/duckdb.js';
import { EXIT } from './exit-codes.js';
import type { PeriodSession } from '../history/period.js';
import type { Io } from './io.js';

export const PERIOD_FORMATS = ['json', 'html', 'pdf'] as const;
export type PeriodFormat = (typeof PERIOD_FORMATS)[number];

export interface PeriodOptions {
  dir: string;
  from: string;
  to: string;
  out?: string;
  /** Empty: json and html. */
  formats: string[];
  publicKeys?: string[];
  trustedKeys?: string;
  /** DuckDB memory limit, e.g. 512MB. */
  memoryLimit?: string;
}

function day(value: string, flag: string): string {
  const match = /^\d{4}-\d{2}-\d{2}$/.exec(value);
  if (
    !match ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
    throw new InputError(`${flag} "${value}": expected a date YYYY-MM-DD`);
  }
  return value;
}

function formatsOf(given: string[]): Set<PeriodFormat> {
  const formats = new Set<PeriodFormat>();
  for (const raw of given.length > 0 ? given : ['json', 'html']) {
    const format = raw.toLowerCase();
    if (!(PERIOD_FORMATS as readonly string[]).includes(format))
      throw new InputError(`soc2 period --format "${raw}": choose from ${PERIOD_FORMATS.join(', ')}`);
    formats.add(format as PeriodFormat);
  }
  return formats;
}

export async function runPeriod(options: PeriodOptions, io: Io): Promise<number> {
  const from = day(options.from, '--from');
  const to = day(options.to, '--to');
  if (to < from) throw new InputError(`--to ${to} is before --from ${from}`);
  const formats = formatsOf(options.formats);
  const root = resolve(io.cwd, options.dir);
  const { stat } = await import('node:fs/promises');
  if (!(await stat(root).catch(() => undefined))?.isDirectory())
    throw new InputError(`period ${options.dir}: not a folder of evidence packs`);
  const { findBrowser, NO_BROWSER_HINT } = await import('../report/pdf.js');
  const browserPath = formats.has('pdf') ? await findBrowser() : undefined;
  if (formats.has('pdf') && !browserPath)
    throw new InputError(`--format pdf: no browser found to print the PDF; ${NO_BROWSER_HINT}`);
  const { loadTrustedKeys } = await import('../report/pack/trust.js');
  const trusted = await loadTrustedKeys(
    { publicKeys: options.publicKeys, trustedKeysFile: options.trustedKeys },
    io,
  );

  const { collectPeriodPacks } = await import('../history/period-packs.js');
  const { openPeriodReport } = await import('../history/period.js');
  const window = { from, to };
  const { packs, scopes } = await collectPeriodPacks(root, window, trusted);
  if (scopes.length === 0)
    throw new InputError(
      `period ${options.dir}: no evidence pack in it (expected DIR/<scope>/<pack>/manifest.json)`,
    );
  const session = await openPeriodReport({
    root,
    window,
    packs,
    scopes,
    trustedKeys: trusted?.source,
    generatedAt: new Date(),
    memoryLimit: options.memoryLimit,
  }).catch((error: unknown) => {
    throw outOfMemory(error, options.memoryLimit);
  });
  try {
    return await writePeriodOutputs(
      session,
      { outDir: resolve(io.cwd, options.out ?? `soc2-period-${from}_${to}`), formats, browserPath },
      io,
    );
  } finally {
    session.close();
  }
}

/** DuckDB's out-of-memory error, as the one line a user can act on. */
function outOfMemory(error: unknown, limit: string | undefined): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (!message.startsWith('Out of Memory Error')) return error;
  return new InputError(
    `the period's queries needed more memory than --memory-limit ${limit ?? DEFAULT_MEMORY_LIMIT} allows; raise --memory-limit`,
  );
}

async function writePeriodOutputs(
  session: PeriodSession,
  options: { outDir: string; formats: Set<PeriodFormat>; browserPath: string | undefined },
  io: Io,
): Promise<number> {
  const { report } = session;
  const { outDir, formats, browserPath } = options;
  const { from, to } = report.period;
  const render = await import('../history/period-render.js');

  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  if (formats.has('json')) {
    await session.writeJson(join(outDir, 'period.json'));
    written.push('period.json');
  }
  if (formats.has('html') || formats.has('pdf')) {
    const html = await render.renderPeriodHtml(report);
    // Printed from a file; a hidden one when only the PDF was asked for.
    const htmlName = formats.has('html') ? 'period.html' : '.period-print.html';
    await writeFile(join(outDir, htmlName), html);
    if (formats.has('html')) written.push('period.html');
    if (formats.has('pdf')) {
      const { launchPdfBrowser, pdfTimeoutMs, renderPdf } = await import('../report/pdf.js');
      const browser = await launchPdfBrowser(browserPath!);
      try {
        const printed = await renderPdf(browser, {
          htmlPath: join(outDir, htmlName),
          scope: `period ${from} to ${to}`,
          timestamp: report.generatedAt,
          timeoutMs: pdfTimeoutMs(Buffer.byteLength(html)),
        });
        await writeFile(join(outDir, 'period.pdf'), printed.pdf);
        written.push('period.pdf');
      } finally {
        await browser.close();
        if (!formats.has('html')) await rm(join(outDir, htmlName), { force: true });
      }
    }
  }

  const { gaps } = report;
  const excluded = gaps.tamperedPacks.length + gaps.untrustedSigners.length;
  io.stdout.write(
    `Period ${from} to ${to}: ${report.packs.counted} of ${report.packs.inWindow} pack(s) counted; ` +
      `${report.controls.length} control(s), ${report.exceptionCount.total} exception(s) ` +
      `(${report.exceptionCount.open} open); gaps: ` +
      `${gaps.missingNights.length} missing night(s), ${gaps.incompleteRuns.length} incomplete run(s), ` +
      `${gaps.tamperedPacks.length} tampered pack(s), ${gaps.untrustedSigners.length} untrusted signer(s), ` +
      `${gaps.unsignedPacks.length} unsigned pack(s)\n`,
  );
  io.stdout.write(`Period report: ${outDir} (${written.join(', ')})\n`);
  if (excluded > 0) return EXIT.failures;
  return render.hasGaps(report) ? EXIT.incomplete : EXIT.ok;
}
