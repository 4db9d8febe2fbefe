/**
 * Which file a rule's manifest hash is taken from: its source under rules/
 * (flat, then by family), else the compiled dist/rules/; never a guess.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashRuleSource } from '../../../src/report/pack/manifest.js';

const root = mkdtempSync(join(tmpdir(), 'soc2-rule-hashes-'));
const files: Record<string, string> = {
  'rules/flat-rule.ts': 'flat',
  'rules/encryption/in-family.ts': 'encryption source',
  'rules/network/in-family.ts': 'a later family loses',
  'rules/lib/helper-only.ts': 'shared readings are not rules',
  'dist/rules/tls/compiled-only.js': 'compiled',
  'dist/rules/encryption/in-family.js': 'the source wins over the build',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('hashRuleSource', () => {
  it.each([
    ['flat-rule', 'rules/flat-rule.ts'],
    ['in-family', 'rules/encryption/in-family.ts'],
    ['compiled-only', 'dist/rules/tls/compiled-only.js'],
  ])('%s is hashed from %s', async (id, sourceFile) => {
    expect(await hashRuleSource(id, root)).toEqual({ id, sourceFile, sha256: sha(files[sourceFile]!) });
  });

  it.each(['helper-only', 'no-such-rule', '../flat-rule', 'Flat-Rule'])('%s has no hash', async (id) => {
    expect(await hashRuleSource(id, root)).toEqual({ id });
  });
});
