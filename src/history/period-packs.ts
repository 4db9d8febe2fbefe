/**
 * The packs of a period: every pack folder under DIR (`DIR/<scope>/<pack>/`,
 * or DIR itself a scope folder) whose scan started on a night of the window,
 * each verified as `soc2 verify` does before its findings are counted.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isPackFolderName } from '../report/pack/layout.js';
import { MANIFEST_FILE, SIGNATURE_FILE, type Manifest } from '../report/pack/manifest.js';
import { verifyPack, type Problem } from '../report/pack/verify.js';
import type { TrustedKeys } from '../report/pack/trust.js';
import { PARQUET_FILE } from './findings-table.js';

/**
 * trusted / signer-not-verified / unsigned: hashes intact, counted (the last two listed as gaps);
 * untrusted-signer: signed by a key the trusted keys do not include; tampered: did not verify.
 * The last two are not counted.
 */
export type PackState = 'trusted' | 'signer-not-verified' | 'unsigned' | 'untrusted-signer' | 'tampered';

export interface PeriodPack {
  dir: string;
  /** Scope folder name (the manifest's scope when it can be read). */
  scope: string;
  /** When the scan started; from the folder name when the manifest cannot be read. */
  startedAt: string;
  /** UTC day of startedAt. */
  night: string;
  state: PackState;
  problems: Problem[];
  /** Where its rows are read from, for counted packs. */
  rows?: { kind: 'parquet' | 'json'; file: string; bytes: number };
}

export const COUNTED_STATES: ReadonlySet<PackState> = new Set(['trusted', 'signer-not-verified', 'unsigned']);

async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory() && isPackFolderName(entry.name))
    .map((entry) => join(dir, entry.name))
    .sort();
}

async function hasManifest(dir: string): Promise<boolean> {
  return (await readdir(dir).catch(() => [] as string[])).includes(MANIFEST_FILE);
}

/** Pack folders under `root`: `root/<scope>/<pack>`, or `root/<pack>` when root is one scope's folder. */
export async function findPackFolders(root: string): Promise<string[]> {
  if (await hasManifest(root)) return [root];
  const packs: string[] = [];
  for (const child of await subfolders(root)) {
    if (await hasManifest(child)) {
      packs.push(child);
      continue;
    }
    for (const grandchild of await subfolders(child)) {
      if (await hasManifest(grandchild)) packs.push(grandchild);
    }
  }
  return packs;
}

/** `2026-11-25T091500Z[-2]` -> its ISO time. */
function timeFromFolder(name: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})Z(?:-\d+)?$/.exec(name);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}.000Z` : undefined;
}

async function readManifest(dir: string): Promise<Partial<Manifest> | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Partial<Manifest>;
  } catch {
    return undefined;
  }
}

function stateOf(report: Awaited<ReturnType<typeof verifyPack>>): PackState {
  if (report.ok) {
    if (report.signer === 'trusted') return 'trusted';
    return report.signer === 'embedded-key-only' ? 'signer-not-verified' : 'unsigned';
  }
  const onlySignature = report.problems.every((problem) => problem.file === SIGNATURE_FILE);
  if (onlySignature && report.problems.some((problem) => problem.problem.includes('not a trusted key')))
    return 'untrusted-signer';
  if (
    onlySignature &&
    report.problems.every((problem) => problem.problem.startsWith('missing: the pack is not signed'))
  )
    return 'unsigned';
  return 'tampered';
}

export interface PeriodWindow {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

/** Verifies, one at a time, every pack whose scan started in the window. */
export interface PeriodPacks {
  /** The packs of the window, verified. */
  packs: PeriodPack[];
  /** Every scope with a pack under the root, in the window or not: each owes a pack every night. */
  scopes: string[];
}

export async function collectPeriodPacks(
  root: string,
  window: PeriodWindow,
  trusted: TrustedKeys | undefined,
): Promise<PeriodPacks> {
  const packs: PeriodPack[] = [];
  const scopes = new Set<string>();
  for (const dir of await findPackFolders(root)) {
    const manifest = await readManifest(dir);
    const scope = typeof manifest?.scan?.scope === 'string' ? manifest.scan.scope : basename(dirname(dir));
    scopes.add(scope);
    const startedAt =
      typeof manifest?.scan?.startedAt === 'string' && !Number.isNaN(Date.parse(manifest.scan.startedAt))
        ? new Date(manifest.scan.startedAt).toISOString()
        : timeFromFolder(basename(dir));
    const night = startedAt?.slice(0, 10);
    // A pack whose time cannot be read at all is still named: it is evidence someone meant to keep.
    if (night !== undefined && (night < window.from || night > window.to)) continue;
    const report = await verifyPack(dir, { trusted });
    const state = stateOf(report);
    const listed = new Map((report.files ?? []).map((file) => [file.path, file.size]));
    const rowsFile = listed.has(PARQUET_FILE)
      ? PARQUET_FILE
      : listed.has('findings.json')
        ? 'findings.json'
        : undefined;
    const rows =
      COUNTED_STATES.has(state) && rowsFile !== undefined
        ? {
            kind: rowsFile === PARQUET_FILE ? ('parquet' as const) : ('json' as const),
            file: join(dir, rowsFile),
            bytes: listed.get(rowsFile) ?? 0,
          }
        : undefined;
    packs.push({
      dir,
      scope,
      startedAt: startedAt ?? '',
      night: night ?? '',
      state,
      problems: report.problems,
      rows,
    });
  }
  return { packs, scopes: [...scopes].sort() };
}
