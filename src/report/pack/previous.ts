/**
 * Finding the run to compare with: `--baseline FILE|PACK`, or by default the
 * newest finished pack of the same scope under `--out`.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScanResult } from '../../engine/finding.js';
import { InputError } from '../../errors.js';
import { isPackFolderName, scopeFolder } from './layout.js';
import { readFindingsFile } from './findings-file.js';
import { locateFindings } from './rerender.js';

export interface Baseline {
  result: Pick<ScanResult, 'findings' | 'scan'>;
  /** The findings.json it was read from. */
  source: string;
}

/** Reads a findings.json, or the findings.json of a pack folder, checked as `soc2 report` checks it. */
export async function readBaseline(path: string): Promise<Baseline> {
  let file: string;
  try {
    ({ file } = await locateFindings(path));
  } catch {
    throw new InputError(`--baseline ${path}: no such file or folder`);
  }
  try {
    return { result: (await readFindingsFile(file)).result, source: file };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const reason = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
    throw new InputError(`--baseline ${file}: not a readable findings.json (${reason})`);
  }
}

/** The newest finished pack of `scope` under `outDir` that has a findings.json, if any. */
export async function latestPackBaseline(outDir: string, scope: string): Promise<Baseline | undefined> {
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
    return readBaseline(file);
  }
  return undefined;
}
