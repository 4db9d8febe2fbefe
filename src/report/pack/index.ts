/**
 * The evidence pack: `<outDir>/<scope>/<timestamp>/` with the report (HTML,
 * PDF), the machine-readable results, the population CSV, the raw snapshot and
 * a manifest (optionally signed). Built in a temporary folder and renamed into
 * place only when complete.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { KMSClient } from '@aws-sdk/client-kms';
import type { OutputFormat } from '../formats.js';
import type { ScanResult } from '../../engine/finding.js';
import { InputError } from '../../errors.js';
import { renderCriteriaCoverage } from '../criteria/coverage.js';
import type { ReportTemplates } from '../html/render.js';
import { buildReportView, withPageNumbers } from '../html/view-model.js';
import { findingsJsonChunks } from '../json.js';
import { asffChunks } from '../asff.js';
import { findingList } from '../finding-source.js';
import { junitChunks } from '../junit.js';
import { renderMarkdown } from '../markdown.js';
import { ocsfChunks } from '../ocsf.js';
import {
  findBrowser,
  launchPdfBrowser,
  NO_BROWSER_HINT,
  pdfTimeoutMs,
  renderPdf,
  type PdfBrowser,
  type PdfResult,
} from '../pdf.js';
import { sarifChunks } from '../sarif.js';
import { csvCell, populationCsvChunks, renderPopulationCsv } from './csv.js';
import type { FindingSpool } from './finding-spool.js';
import { folderTimestamp, scopeFolder, stagePack } from './layout.js';
import { destinationPages } from './pdf-pages.js';
import {
  buildManifest,
  MANIFEST_FILE,
  ruleHashes,
  SIGNATURE_FILE,
  SIGNATURE_INFO_FILE,
  type Manifest,
  type ManifestFile,
  type ManifestRule,
} from './manifest.js';
import { ed25519Signer, kmsSigner, signatureInfoFile, type Signer } from './sign.js';

export const PACK_FILES = {
  html: 'index.html',
  pdf: 'evidence.pdf',
  json: 'findings.json',
  sarif: 'results.sarif',
  junit: 'junit.xml',
  ocsf: 'findings.ocsf.json',
  asff: 'findings.asff.json',
  markdown: 'summary.md',
  snapshot: 'snapshot.json',
  csv: 'passing-resources.csv',
  parquet: 'findings.parquet',
  coverage: 'criteria-coverage.json',
  accountControls: 'account-controls.csv',
} as const;

export interface PackOptions {
  outDir: string;
  /** Empty: all, with pdf only when a browser is found. */
  formats: OutputFormat[];
  /** Raw evidence from the source, written as snapshot.json. */
  snapshot?: unknown;
  /** Raw evidence already on disk (an organization's `snapshot-<account>.json.gz`), copied in under these names. */
  evidenceFiles?: { name: string; path: string }[];
  templateDir?: string;
  /** Ed25519 private key PEM file. */
  signKey?: string;
  /** Asymmetric KMS key id, ARN or alias. */
  kmsSignKey?: string;
  log: (line: string) => void;
  /** Folder timestamp; default: when the scan started. */
  timestamp?: Date;
  /** Browser binary; default: PUPPETEER_EXECUTABLE_PATH, else /usr/bin/chromium. */
  browserPath?: string;
  /** A running browser to reuse (tests, benchmarks); otherwise one is launched and closed. */
  pdfBrowser?: PdfBrowser;
  kmsClient?: KMSClient;
  /** Set by `soc2 report`: what the pack was re-rendered from. */
  renderedFrom?: Manifest['renderedFrom'];
  /** Also copy findings.parquet to `<historyDir>/scope=<scope>/date=<day>/<pack>.parquet` (Hive partitions). */
  historyDir?: string;
  /**
   * A streamed organization scan: every finding is in this spool, and the
   * result's `findings` are its ReportSample (exact counts, the rows the report prints).
   */
  findingSpool?: FindingSpool;
}

export interface PackResult {
  dir: string;
  files: string[];
  /** Requests the PDF page attempted and was refused (0 for a healthy report). */
  refusedRequests: number;
}

/** Written when --format is not given; ocsf, asff and markdown only when asked for. */
const ALL_FORMATS: readonly OutputFormat[] = ['json', 'sarif', 'junit', 'html', 'pdf'];

async function resolveFormats(
  options: PackOptions,
): Promise<{ formats: Set<OutputFormat>; browserPath: string | undefined }> {
  const explicit = options.formats.length > 0;
  const formats = new Set<OutputFormat>(explicit ? options.formats : ALL_FORMATS);
  if (!formats.has('pdf') || options.pdfBrowser) return { formats, browserPath: undefined };
  const browserPath = await findBrowser(options.browserPath);
  if (browserPath) return { formats, browserPath };
  if (explicit) throw new InputError(`--format pdf: no browser found to print the PDF; ${NO_BROWSER_HINT}`);
  formats.delete('pdf');
  options.log(`evidence.pdf not written: no browser found; ${NO_BROWSER_HINT}`);
  return { formats, browserPath: undefined };
}

async function prepareSigner(options: PackOptions): Promise<Signer | undefined> {
  if (options.signKey && options.kmsSignKey)
    throw new InputError('choose one of --sign-key and --kms-sign-key');
  if (options.signKey) return ed25519Signer(options.signKey);
  if (options.kmsSignKey) return kmsSigner(options.kmsSignKey, options.kmsClient);
  return undefined;
}

function withRuleHashes(result: ScanResult, hashes: ManifestRule[]): ScanResult {
  const byId = new Map(hashes.map((hash) => [hash.id, hash.sha256]));
  return {
    ...result,
    rules: result.rules.map((rule) => ({ ...rule, sourceSha256: rule.sourceSha256 ?? byId.get(rule.id) })),
  };
}

/**
 * The checks writePack makes before writing, for callers to run before a long
 * scan: pdf asked for without a browser, an unreadable template dir or signing key.
 */
export async function checkPackOptions(
  options: Pick<PackOptions, 'formats' | 'templateDir' | 'signKey' | 'kmsSignKey' | 'browserPath'>,
): Promise<void> {
  if (options.formats.includes('pdf') && !(await findBrowser(options.browserPath))) {
    throw new InputError(`--format pdf: no browser found to print the PDF; ${NO_BROWSER_HINT}`);
  }
  if (options.signKey && options.kmsSignKey)
    throw new InputError('choose one of --sign-key and --kms-sign-key');
  if (options.signKey) await ed25519Signer(options.signKey);
  const formats = options.formats.length > 0 ? options.formats : ALL_FORMATS;
  if (formats.includes('html') || formats.includes('pdf')) await loadReportTemplates(options.templateDir);
}

function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([anchor, page]) => b.get(anchor) === page);
}

/**
 * Prints the report twice: the first print tells which page each section
 * starts on, the second carries those numbers in the contents. If the numbers
 * moved anything (or could not be read), the first print is kept.
 */
async function printReport(
  browser: PdfBrowser,
  input: {
    html: string;
    numbered: (pages: ReadonlyMap<string, number>) => string;
    dir: string;
    indexWritten: boolean;
    scope: string;
    timestamp: string;
  },
): Promise<PdfResult> {
  const timeoutMs = pdfTimeoutMs(Buffer.byteLength(input.html));
  const print = async (html: string | undefined, name: string): Promise<PdfResult> => {
    const htmlPath = join(input.dir, name);
    if (html !== undefined) await writeFile(htmlPath, html);
    try {
      return await renderPdf(browser, {
        htmlPath,
        scope: input.scope,
        timestamp: input.timestamp,
        timeoutMs,
      });
    } finally {
      if (html !== undefined) await rm(htmlPath);
    }
  };
  const first = input.indexWritten
    ? await print(undefined, PACK_FILES.html)
    : await print(input.html, '.print.html');
  const pages = destinationPages(first.pdf);
  if (pages.size === 0) return first;
  const second = await print(input.numbered(pages), '.print-numbered.html');
  const refusedRequests = [...first.refusedRequests, ...second.refusedRequests];
  if (!samePages(destinationPages(second.pdf), pages)) return { pdf: first.pdf, refusedRequests };
  return { pdf: second.pdf, refusedRequests };
}

/** Per account and control, the verdicts counted: the organization's summary beside the report. */
function* accountControlsCsv(spool: FindingSpool): Generator<string> {
  yield 'account,rule_id,population,pass,fail,unknown,error,suppressed,not_applicable\r\n';
  for (const account of [...spool.accountControls.keys()].sort()) {
    const rules = spool.accountControls.get(account)!;
    for (const ruleId of [...rules.keys()].sort()) {
      const c = rules.get(ruleId)!;
      const cells = [
        account,
        ruleId,
        c.population,
        c.passed,
        c.failed,
        c.unknown,
        c.errors,
        c.suppressed,
        c.notApplicable,
      ];
      yield `${cells.map(csvCell).join(',')}\r\n`;
    }
  }
}

async function fileDigest(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { sha256: hash.digest('hex'), size: (await stat(path)).size };
}

/** Handlebars and the templates load only for a pack with an HTML or PDF report. */
async function loadReportTemplates(templateDir: string | undefined): Promise<ReportTemplates> {
  const { loadTemplates } = await import('../html/render.js');
  return loadTemplates(templateDir);
}

export async function writePack(scan: ScanResult, options: PackOptions): Promise<PackResult> {
  // Everything that can be refused is checked before the first byte is written.
  const { formats, browserPath } = await resolveFormats(options);
  const signer = await prepareSigner(options);
  const wantsReport = formats.has('html') || formats.has('pdf');
  const templates: ReportTemplates | undefined = wantsReport
    ? await loadReportTemplates(options.templateDir)
    : undefined;
  const generatedAt = new Date();
  const hashes = await ruleHashes(scan.rules);
  const result = withRuleHashes(scan, hashes);

  const staged = await stagePack(
    options.outDir,
    result.scan.scope,
    options.timestamp ?? new Date(result.scan.startedAt),
  );
  let launched: PdfBrowser | undefined;
  let refusedRequests = 0;
  const spool = options.findingSpool;
  try {
    if (formats.has('json')) await staged.write(PACK_FILES.json, findingsJsonChunks(result, spool?.read()));
    // Every format reads the findings one at a time: from the spool of a streamed scan, else from the result.
    const findings = spool ?? findingList(result.findings);
    if (formats.has('sarif')) await staged.write(PACK_FILES.sarif, sarifChunks(result, {}, findings));
    if (formats.has('junit')) await staged.write(PACK_FILES.junit, junitChunks(result, findings));
    if (formats.has('ocsf')) await staged.write(PACK_FILES.ocsf, ocsfChunks(result, findings));
    if (formats.has('asff')) await staged.write(PACK_FILES.asff, asffChunks(result, findings));
    if (formats.has('markdown'))
      await staged.write(PACK_FILES.markdown, renderMarkdown(result, {}, findings));
    if (options.snapshot !== undefined) {
      await staged.write(PACK_FILES.snapshot, `${JSON.stringify(options.snapshot, null, 2)}\n`);
    }
    for (const file of options.evidenceFiles ?? []) await staged.write(file.name, await readFile(file.path));
    await staged.write(PACK_FILES.csv, spool ? populationCsvChunks(spool) : renderPopulationCsv(result));
    if (spool) await staged.write(PACK_FILES.accountControls, accountControlsCsv(spool));
    await staged.write(PACK_FILES.coverage, renderCriteriaCoverage(result));
    // Loaded here only: DuckDB's native binary is not needed by commands that never write a pack.
    const { findingsParquetBytes, spooledFindingsParquetBytes } = await import('../../history/parquet.js');
    const packName = folderTimestamp(options.timestamp ?? new Date(result.scan.startedAt));
    await staged.write(
      PACK_FILES.parquet,
      spool
        ? await spooledFindingsParquetBytes(spool.path, result.scan, packName)
        : await findingsParquetBytes(result, packName),
    );

    if (templates) {
      const view = buildReportView(result, {
        generatedAt,
        ruleHashes: hashes,
        unverifiedInput:
          options.renderedFrom?.inputCheck === 'unverified'
            ? (options.renderedFrom.inputProblems ?? ['the input did not verify'])
            : undefined,
      });
      const html = templates.render(view);
      if (formats.has('html')) await staged.write(PACK_FILES.html, html);
      if (formats.has('pdf')) {
        const pdfBrowser = options.pdfBrowser ?? (launched = await launchPdfBrowser(browserPath!));
        const printed = await printReport(pdfBrowser, {
          html,
          numbered: (pages) => templates.render(withPageNumbers(view, pages)),
          dir: staged.tempDir,
          indexWritten: formats.has('html'),
          scope: result.scan.scope,
          timestamp: result.scan.startedAt,
        });
        refusedRequests = printed.refusedRequests.length;
        if (refusedRequests > 0) {
          options.log(
            `evidence.pdf: refused ${refusedRequests} request(s) from the report: ${printed.refusedRequests.slice(0, 3).join(', ')}`,
          );
        }
        await staged.write(PACK_FILES.pdf, printed.pdf);
      }
    }

    const files: ManifestFile[] = [];
    // Hashed as streams: an organization's findings.json is larger than is worth holding.
    for (const name of staged.files)
      files.push({ path: name, ...(await fileDigest(join(staged.tempDir, name))) });
    const manifest = buildManifest({
      result,
      rules: hashes,
      files,
      generatedAt,
      renderedFrom: options.renderedFrom,
      signature: signer?.info,
    });
    await staged.write(MANIFEST_FILE, manifest);
    if (signer) {
      const signature = await signer.sign(Buffer.from(manifest));
      await staged.write(SIGNATURE_FILE, `${Buffer.from(signature).toString('base64')}\n`);
      await staged.write(SIGNATURE_INFO_FILE, signatureInfoFile(signer.info));
      options.log(`manifest signed with ${signer.describe}`);
    }
    const dir = await staged.commit();
    if (options.historyDir !== undefined) {
      const { copyToHistory } = await import('../../history/parquet.js');
      const copy = await copyToHistory(join(dir, PACK_FILES.parquet), options.historyDir, {
        scopeFolder: scopeFolder(result.scan.scope),
        startedAt: result.scan.startedAt,
        packName: basename(dir),
      });
      options.log(`history: ${copy}`);
    }
    return { dir, files: [...staged.files], refusedRequests };
  } catch (error) {
    await staged.discard();
    throw error;
  } finally {
    await launched?.close();
  }
}
