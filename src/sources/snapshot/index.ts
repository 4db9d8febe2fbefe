/**
 * `soc2 scan --snapshot FILE` (and `--sample`): re-runs the NORMALIZE step of
 * the live source on a snapshot's recorded responses, offline, with the
 * current rules. No AWS client is loaded.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../../errors.js';
import { liveSourceResult } from '../live/result.js';
import type { SourceResult } from '../source.js';
import { parseSnapshot } from './parse.js';

export async function loadSnapshotSource(file: string): Promise<SourceResult> {
  let text: string;
  try {
    const bytes = await readFile(file);
    // An organization pack keeps each account's snapshot gzipped (snapshot-<account>.json.gz).
    text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new InputError(`cannot read snapshot ${file}: ${why}`);
  }
  const result = liveSourceResult(parseSnapshot(text, file), 'snapshot');
  return { ...result, parameters: { ...result.parameters, snapshot: file } };
}
