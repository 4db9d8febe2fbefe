/**
 * Where a pack lives and how it gets there atomically: files are written into
 * a hidden temporary sibling folder, fsynced, and the folder is renamed to
 * `<outDir>/<scope>/<timestamp>` only once everything is complete. A run that
 * dies halfway leaves at most a `.soc2-tmp-*` folder, never a finished-looking pack;
 * the next run into the same scope removes such folders once they are a day old.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../errors.js';

export const TEMP_PREFIX = '.soc2-tmp-';

/** A scope or name turned into one safe path segment (no separators, no `..`, no hidden folder). */
export function safeSegment(value: string, fallback = 'scope'): string {
  const cleaned = value
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+/, '')
    .replace(/_+/g, '_')
    .slice(0, 100)
    .replace(/[._-]+$/, '');
  return cleaned.length > 0 ? cleaned : fallback;
}

/** `2026-11-25T09:15:00.123Z` -> `2026-11-25T091500Z`; an invalid date means now. */
export function folderTimestamp(date: Date): string {
  const iso = (Number.isNaN(date.getTime()) ? new Date() : date).toISOString();
  return `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes a file and flushes it to disk before returning. */
export async function writeFileDurably(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface StagedPack {
  /** The temporary folder files are written into. */
  tempDir: string;
  /** Write one file of the pack (flushed to disk). Names are flat, chosen by us. */
  write(name: string, data: string | Uint8Array): Promise<void>;
  /** Names written so far, in order. */
  readonly files: readonly string[];
  /** Rename into `<parent>/<timestamp>[-n]` and return the final folder. */
  commit(): Promise<string>;
  /** Remove the temporary folder (after a failure). */
  discard(): Promise<void>;
}

/** Staging folders older than this belong to runs that died (a run takes minutes, not a day). */
export const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Removes staging folders left by runs that were killed. Recent ones may
 * belong to a run still writing beside this one, so they are left alone.
 */
async function removeAbandonedStaging(parent: string, now: number): Promise<void> {
  for (const name of await readdir(parent)) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const path = join(parent, name);
    const info = await lstat(path).catch(() => undefined);
    if (info?.isDirectory() && now - info.mtimeMs > ABANDONED_AFTER_MS) {
      await rm(path, { recursive: true, force: true });
    }
  }
}

export async function stagePack(outDir: string, scope: string, timestamp: Date): Promise<StagedPack> {
  const parent = join(outDir, safeSegment(scope));
  try {
    await mkdir(parent, { recursive: true });
  } catch (error) {
    throw new InputError(
      `--out ${outDir}: cannot create ${parent} (${(error as NodeJS.ErrnoException).code})`,
    );
  }
  await removeAbandonedStaging(parent, Date.now());
  const tempDir = join(parent, `${TEMP_PREFIX}${randomBytes(6).toString('hex')}`);
  await mkdir(tempDir);
  const files: string[] = [];
  const base = folderTimestamp(timestamp);
  return {
    tempDir,
    files,
    async write(name, data) {
      if (name !== safeSegment(name, '') || files.includes(name))
        throw new Error(`bad pack file name ${name}`);
      await writeFileDurably(join(tempDir, name), data);
      files.push(name);
    },
    async commit() {
      await syncDirectory(tempDir);
      for (let attempt = 1; attempt < 1000; attempt += 1) {
        const target = join(parent, attempt === 1 ? base : `${base}-${attempt}`);
        if (await exists(target)) continue;
        try {
          await rename(tempDir, target);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOTEMPTY' || code === 'EEXIST') continue;
          throw error;
        }
        await syncDirectory(parent);
        return target;
      }
      throw new Error(`could not find a free pack folder name under ${parent}`);
    },
    async discard() {
      await rm(tempDir, { recursive: true, force: true });
    },
  };
}
