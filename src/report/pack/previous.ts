/**
 * Finding the run to compare with: `--baseline FILE|PACK`, or by default the
 * newest finished pack of the same scope under `--out`.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding, ScanResult } from '../../engine/finding.js';
import { InputError } from '../../errors.js';
import { isPackFolderName, scopeFolder } from './layout.js';
import { readFindingsFile, streamFindingsFile } from './findings-file.js';
import { locateFindings } from './rerender.js';

export interface Baseline {
  result: Pick<ScanResult, 'findings' | 'scan'>;
  /** The findings.json it was read from. */
  source: string;
}

/** `--baseline FILE|PACK`: the findings.json it names. */
export async function baselineFile(path: string): Promise<string> {
  try {
    return (await locateFindings(path)).file;
  } catch {
    throw new InputError(`--baseline ${path}: no such file or folder`);
  }
}

/** What a baseline that could not be read says. */
export function unreadableBaseline(file: string, error: unknown): InputError {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  const reason = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
  return new InputError(`--baseline ${file}: not a readable findings.json (${reason})`);
}

/** Reads a findings.json, or the findings.json of a pack folder, checked as `soc2 report` checks it. */
export async function readBaseline(path: string): Promise<Baseline> {
  const file = await baselineFile(path);
  try {
    return { result: (await readFindingsFile(file)).result, source: file };
  } catch (error) {
    throw unreadableBaseline(file, error);
  }
}

/**
 * A baseline read from its file whenever its findings are iterated, one
 * finding at a time (a streamed organization scan compares with one this way):
 * `scan` is known once they have been read to the end.
 */
export interface StreamedBaseline {
  source: string;
  findings: () => Iterable<Finding>;
  /** The run's other fields; throws until the findings have been read once. */
  scan: () => ScanResult['scan'];
}

export function streamedBaseline(file: string): StreamedBaseline {
  let scan: ScanResult['scan'] | undefined;
  return {
    source: file,
    findings: () =>
      streamFindingsFile(file, (result) => {
        scan = result.scan;
      }),
    scan: () => {
      if (scan === undefined) throw new Error(`${file}: read before its findings were`);
      return scan;
    },
  };
}

/** The findings.json of the newest finished pack of `scope` under `outDir`, if any. */
export async function latestPackFile(outDir: string, scope: string): Promise<string | undefined> {
  const parent = join(outDir, scopeFolder(scope));
  let entries: string[];
  try {
    entries = await readdir(parent);
  } catch {
    return undefined;
  }
  const packs = entries.filter(isPackFolderName).sort();
  for (const name of packs.reverse()) {
    const file = join(parent, name, 'findings.json');
    try {
      await stat(file);
    } catch {
      continue;
    }
    return file;
  }
  return undefined;
}
