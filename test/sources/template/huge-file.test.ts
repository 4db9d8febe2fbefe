/**
 * A template file far beyond the parsers' limits is refused from its size,
 * before it is read into memory.
 */
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../../../src/sources/template/read.js';
import { MAX_JSON_CHARS } from '../../../src/sources/template/limits.js';

describe('a template file larger than any limit', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'soc2-huge-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('is refused with its size, without reading it (a sparse file costs no disk)', async () => {
    const path = join(folder, 'huge.json');
    const handle = await open(path, 'w');
    await handle.truncate(MAX_JSON_CHARS * 4 + 1);
    await handle.close();
    await expect(readTextFile(path, 'huge.json')).rejects.toThrow(
      /^huge\.json: is [\d,]+ bytes; templates are limited to [\d,]+ characters$/,
    );
  });
});
