/**
 * `soc2 report PACK|findings.json`: render the HTML/PDF again from recorded
 * findings (e.g. with another --template-dir) into a new pack with its own
 * manifest, without scanning anything.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Io } from '../../io.js';
import type { OutputFormat } from '../formats.js';
import type { ScanResult } from '../../engine/finding.js';
import { InputError } from '../../errors.js';
import { terminalSafe } from '../console.js';
import { findBrowser, NO_BROWSER_HINT } from '../pdf.js';
import { PACK_FILES, writePack, type PackOptions } from './index.js';
import { followLatestFile, scopeFolder } from './layout.js';
import { MANIFEST_FILE, type RenderedFrom } from './manifest.js';
import { loadTrustedKeys, type TrustedKeys } from './trust.js';
import { verdictOf, VERIFY_EXIT, verifyPack } from './verify.js';

export interface RerenderOptions {
  input: string;
  outDir?: string;
  formats: string[];
  templateDir?: string;
  /** Tests: a browser binary other than the default, or a running browser. */
  browserPath?: string;
  pdfBrowser?: PackOptions['pdfBrowser'];
  /** Render findings that do not come from a pack that verifies, marking the new pack as such. */
  allowUnverified?: boolean;
  publicKeys?: string[];
  trustedKeys?: string;
  signKey?: string;
  kmsSignKey?: string;
}

interface InputCheck {
  inputCheck: RenderedFrom['inputCheck'];
  /** Why the input is unverified, or what is unverified about its signer. */
  problems: string[];
}

/**
 * Whether the findings being re-rendered are the ones a pack vouches for:
 * the pack verifies and lists these exact bytes as its findings.json.
 */
async function checkInput(
  file: string,
  packDir: string,
  findingsSha256: string,
  trusted: TrustedKeys | undefined,
): Promise<InputCheck> {
  const hasManifest = await stat(join(packDir, MANIFEST_FILE)).catch(() => undefined);
  if (basename(file) !== PACK_FILES.json || !hasManifest) {
    return {
      inputCheck: 'unverified',
      problems: [`${file}: no pack manifest.json beside it, so nothing vouches for it`],
    };
  }
  const report = await verifyPack(packDir, { trusted });
  if (!report.ok) {
    return {
      inputCheck: 'unverified',
      problems: report.problems.map((problem) => `${problem.file}: ${problem.problem}`),
    };
  }
  const listed = report.files?.find((entry) => entry.path === PACK_FILES.json);
  if (listed?.sha256 !== findingsSha256) {
    return {
      inputCheck: 'unverified',
      problems: [`${PACK_FILES.json}: changed while it was being verified, or not listed in manifest.json`],
    };
  }
  if (report.signer === 'trusted') return { inputCheck: 'trusted-signature', problems: [] };
  return { inputCheck: 'hashes-intact', problems: [verdictOf(report, packDir).line] };
}

const REPORT_FORMATS = ['html', 'pdf'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Enough of the findings.json contract to render from it; names what is missing. */
export function parseFindings(text: string, file: string): ScanResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return checkFindings(data, file);
}

/** Checks parsed findings.json data against the contract report rendering relies on. */
export function checkFindings(data: unknown, file: string): ScanResult {
  if (!isRecord(data)) throw new InputError(`${file}: expected a findings.json object`);
  if (typeof data.schemaVersion !== 'string' || !data.schemaVersion.startsWith('1.')) {
    throw new InputError(
      `${file}: unsupported findings schemaVersion ${JSON.stringify(data.schemaVersion)} (expected 1.x)`,
    );
  }
  const scan = data.scan;
  if (!isRecord(scan) || typeof scan.scope !== 'string' || typeof scan.startedAt !== 'string') {
    throw new InputError(`${file}: "scan" must have a scope and startedAt`);
  }
  if (Number.isNaN(Date.parse(scan.startedAt)))
    throw new InputError(`${file}: scan.startedAt is not a timestamp`);
  if (!isRecord(data.tool)) throw new InputError(`${file}: "tool" is missing`);
  if (!Array.isArray(data.rules)) throw new InputError(`${file}: "rules" must be a list`);
  if (!Array.isArray(data.findings)) throw new InputError(`${file}: "findings" must be a list`);
  data.findings.forEach((finding: unknown, index: number) => {
    if (
      !isRecord(finding) ||
      typeof finding.ruleId !== 'string' ||
      typeof finding.status !== 'string' ||
      !isRecord(finding.resource) ||
      typeof finding.resource.id !== 'string' ||
      !Array.isArray(finding.controls)
    ) {
      throw new InputError(`${file}: findings[${index}] lacks ruleId, status, controls or resource.id`);
    }
  });
  return {
    ...data,
    gaps: Array.isArray(data.gaps) ? data.gaps : [],
    scan: { parameters: {}, ...scan },
  } as ScanResult;
}

/** A pack folder or a findings.json: where its findings.json is, and the pack folder. */
export async function locateFindings(given: string): Promise<{ file: string; packDir: string }> {
  const input = await followLatestFile(given);
  const info = await stat(input).catch(() => undefined);
  if (!info) throw new InputError(`${input}: no such pack folder or findings.json`);
  if (info.isDirectory()) return { file: join(input, PACK_FILES.json), packDir: input };
  return { file: input, packDir: dirname(input) };
}

/** Beside the source pack: `<outDir>/<scope>/<timestamp>` shares the source pack's `<outDir>`. */
function defaultOutDir(packDir: string, scope: string): string {
  const parent = dirname(packDir);
  return basename(parent) === scopeFolder(scope) ? dirname(parent) : parent;
}

export async function rerenderReport(options: RerenderOptions, io: Io): Promise<number> {
  for (const format of options.formats) {
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
      throw new InputError(`soc2 report --format "${format}": choose from ${REPORT_FORMATS.join(', ')}`);
    }
  }
  const { file, packDir } = await locateFindings(resolve(io.cwd, options.input));
  const { readFindingsFile } = await import('./findings-file.js');
  const { result, sha256: findingsSha256 } = await readFindingsFile(file);
  const trusted = await loadTrustedKeys(
    { publicKeys: options.publicKeys, trustedKeysFile: options.trustedKeys },
    io,
  );
  const check = await checkInput(file, packDir, findingsSha256, trusted);
  if (check.inputCheck === 'unverified') {
    for (const problem of check.problems) io.stderr.write(`FAILED ${terminalSafe(problem)}\n`);
    if (!options.allowUnverified) {
      io.stderr.write(
        `soc2: ${terminalSafe(file)} does not come from a pack that verifies; not re-rendered (pass --allow-unverified to render it anyway, marked as made from unverified input)\n`,
      );
      return VERIFY_EXIT.failed;
    }
    io.stderr.write(`warning: rendering unverified input; the new pack's manifest and cover say so\n`);
  } else if (check.inputCheck === 'hashes-intact') {
    io.stderr.write(
      `note: ${terminalSafe(packDir)} is intact but its signer is not verified (${check.problems.join('; ')})\n`,
    );
  }
  const snapshotText = await readFile(join(packDir, PACK_FILES.snapshot), 'utf8').catch(() => undefined);
  let snapshot: unknown;
  if (snapshotText !== undefined) {
    try {
      snapshot = JSON.parse(snapshotText);
    } catch {
      throw new InputError(`${join(packDir, PACK_FILES.snapshot)}: not valid JSON`);
    }
  }

  const formats: OutputFormat[] = ['json'];
  const requested = options.formats.length > 0 ? options.formats : REPORT_FORMATS;
  if (requested.includes('html')) formats.push('html');
  if (requested.includes('pdf')) {
    const available =
      options.pdfBrowser !== undefined || (await findBrowser(options.browserPath)) !== undefined;
    if (available) formats.push('pdf');
    else if (options.formats.length > 0) {
      throw new InputError(`--format pdf: no browser found to print the PDF; ${NO_BROWSER_HINT}`);
    } else io.stderr.write(`evidence.pdf not written: no browser found; ${NO_BROWSER_HINT}\n`);
  }

  const pack = await writePack(result, {
    outDir:
      options.outDir !== undefined
        ? resolve(io.cwd, options.outDir)
        : defaultOutDir(packDir, result.scan.scope),
    formats,
    snapshot,
    templateDir: options.templateDir !== undefined ? resolve(io.cwd, options.templateDir) : undefined,
    timestamp: new Date(),
    browserPath: options.browserPath,
    pdfBrowser: options.pdfBrowser,
    renderedFrom: {
      findingsSha256,
      input: file,
      inputCheck: check.inputCheck,
      inputProblems: check.inputCheck === 'unverified' ? check.problems.slice(0, 20) : undefined,
    },
    signKey: options.signKey !== undefined ? resolve(io.cwd, options.signKey) : undefined,
    kmsSignKey: options.kmsSignKey,
    log: (line) => io.stderr.write(`${line}\n`),
  });
  io.stdout.write(`Evidence pack: ${pack.dir}\n`);
  return 0;
}
