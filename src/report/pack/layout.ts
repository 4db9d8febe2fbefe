/**
 * Where a pack lives and how it gets there atomically: files are written into
 * a hidden temporary sibling folder, fsynced, and the folder is renamed to
 * `<outDir>/<scope>/<timestamp>` only once everything is complete. A run that
 * dies halfway leaves at most a `.soc2-tmp-<host>-<pid>-*` folder, never a
 * finished-looking pack; a signal removes it at once, and after a SIGKILL the
 * next run into the same scope removes it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants, rmSync } from 'node:fs';
import {
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  unlink,
} from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../../errors.js';
import { onInterrupt, ownerIsGone, ownerTag } from './cleanup.js';

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

/**
 * The folder of a scope under `--out`. A scope that is already a safe segment
 * is used as it is; any other gets its slug plus `~` and a hash of the exact
 * name. `~` never survives safeSegment, so two different scopes never share a
 * folder (and a baseline): `team/a` and `team a` both slug to `team_a`.
 */
export function scopeFolder(scope: string): string {
  const slug = safeSegment(scope);
  if (slug === scope) return slug;
  const hash = createHash('sha256').update(scope, 'utf8').digest('hex').slice(0, 10);
  return `${slug}~${hash}`;
}

/** Name of the pointer to the newest complete pack of a scope (a symlink, else a text file). */
export const LATEST_LINK = 'latest';

/** True for entries of a scope folder that are packs (not staging, hidden or the latest pointer). */
export function isPackFolderName(name: string): boolean {
  return !name.startsWith('.') && name !== LATEST_LINK && !name.startsWith(`${LATEST_LINK}.`);
}

/** The pack folder name `<scope>/latest` points at, if any. */
export async function currentLatest(parent: string): Promise<string | undefined> {
  const path = join(parent, LATEST_LINK);
  const target = await readlink(path).catch(async () =>
    (await readFile(path, 'utf8').catch(() => undefined))?.trim(),
  );
  return target !== undefined && target === safeSegment(target, '') ? target : undefined;
}

/**
 * A path given on the command line: `<scope>/latest` written as a text file
 * (where symlinks are refused) stands for the pack folder it names.
 */
export async function followLatestFile(path: string): Promise<string> {
  if (basename(path) !== LATEST_LINK) return path;
  const info = await lstat(path).catch(() => undefined);
  if (!info?.isFile()) return path;
  const target = await currentLatest(dirname(path));
  return target === undefined ? path : join(dirname(path), target);
}

/**
 * Points `<scope>/latest` at `target` (a pack folder in the same scope):
 * a relative symlink swapped in by rename, or, where symlinks are refused
 * (some Windows and network filesystems), a `latest` text file naming it.
 */
export async function updateLatestLink(parent: string, target: string): Promise<void> {
  const name = basename(target);
  const current = await currentLatest(parent);
  // A concurrent run that started later may have committed first: keep the newer pack.
  if (current !== undefined && current > name && (await exists(join(parent, current)))) return;
  const temporary = join(parent, `${LATEST_LINK}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await symlink(name, temporary, 'dir');
    await rename(temporary, join(parent, LATEST_LINK));
    return;
  } catch {
    await unlink(temporary).catch(() => undefined);
  }
  await writeFileDurably(temporary, `${name}\n`);
  await unlink(join(parent, LATEST_LINK)).catch(() => undefined);
  await rename(temporary, join(parent, LATEST_LINK));
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

/** What a pack file is written from: its content, or its pieces in order (a file too large for one string). */
export type FileContent = string | Uint8Array | Iterable<string>;

const WRITE_BATCH_CHARS = 4 * 1024 * 1024;

/** Writes a file and flushes it to disk before returning. */
export async function writeFileDurably(path: string, data: FileContent): Promise<void> {
  const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
    else {
      let batch: string[] = [];
      let size = 0;
      for (const chunk of data) {
        batch.push(chunk);
        size += chunk.length;
        if (size >= WRITE_BATCH_CHARS) {
          await handle.write(batch.join(''));
          batch = [];
          size = 0;
        }
      }
      if (batch.length > 0) await handle.write(batch.join(''));
    }
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
  write(name: string, data: FileContent): Promise<void>;
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
 * Removes staging folders left by runs that were killed: at once when the
 * folder names a process of this host that no longer runs, else (another
 * host on a shared `--out`, or an older name) once it is a day old, since a
 * recent one may belong to a run still writing beside this one.
 */
export async function removeAbandonedStaging(parent: string, now: number): Promise<void> {
  for (const name of await readdir(parent)) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const path = join(parent, name);
    const info = await lstat(path).catch(() => undefined);
    if (!info?.isDirectory()) continue;
    if (ownerIsGone(name.slice(TEMP_PREFIX.length)) || now - info.mtimeMs > ABANDONED_AFTER_MS) {
      await rm(path, { recursive: true, force: true });
    }
  }
}

export async function stagePack(outDir: string, scope: string, timestamp: Date): Promise<StagedPack> {
  const parent = join(outDir, scopeFolder(scope));
  try {
    await mkdir(parent, { recursive: true });
  } catch (error) {
    throw new InputError(
      `--out ${outDir}: cannot create ${parent} (${(error as NodeJS.ErrnoException).code})`,
    );
  }
  await removeAbandonedStaging(parent, Date.now());
  const tempDir = join(parent, `${TEMP_PREFIX}${ownerTag()}${randomBytes(6).toString('hex')}`);
  await mkdir(tempDir);
  const release = onInterrupt(() =>
    rmSync(tempDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 }),
  );
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
        release();
        await syncDirectory(parent);
        await updateLatestLink(parent, target);
        return target;
      }
      throw new Error(`could not find a free pack folder name under ${parent}`);
    },
    async discard() {
      release();
      await rm(tempDir, { recursive: true, force: true });
    },
  };
}
