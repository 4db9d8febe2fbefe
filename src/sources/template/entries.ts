/**
 * What a directory entry is, for the folder walk: symbolic links are followed
 * only to a regular file inside the scanned folder; anything else named like a
 * template (a FIFO, a device, a dangling link, a link out of the folder) is
 * reported with the reason instead of being read or skipped silently.
 */
import { lstat, realpath, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { isInside, type TemplateBounds } from './read.js';

export const TEMPLATE_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.template']);

export async function entryKind(
  path: string,
  bounds: TemplateBounds,
): Promise<'file' | 'directory' | 'skip' | { refused: string }> {
  const link = await lstat(path);
  if (link.isDirectory()) return 'directory';
  const template = TEMPLATE_EXTENSIONS.has(extname(path).toLowerCase());
  if (!link.isSymbolicLink()) {
    if (link.isFile()) return template ? 'file' : 'skip';
    return template ? { refused: 'is not a regular file (a device, FIFO or socket); not read' } : 'skip';
  }
  let target: string;
  try {
    target = await realpath(path);
  } catch {
    return template ? { refused: 'is a symbolic link to nothing (dangling); not read' } : 'skip';
  }
  const info = await stat(target);
  const inside = isInside(bounds.root, target);
  if (info.isDirectory()) {
    // Its templates are scanned through their real folder; one outside is never walked into.
    return inside
      ? 'skip'
      : { refused: 'is a symbolic link to a folder outside the scanned folder; not read' };
  }
  if (!template) return 'skip';
  if (!info.isFile())
    return { refused: 'is a symbolic link to something that is not a regular file; not read' };
  return inside ? 'file' : { refused: 'is a symbolic link to a file outside the scanned folder; not read' };
}
