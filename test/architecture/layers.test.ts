/**
 * The flow is sources -> inventory -> engine -> findings -> reporters, and
 * the CLI wires them: no step imports from src/cli/, the inventory and
 * engine import from no step after them, and sources from no reporter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/version.js';

const SRC = join(PACKAGE_ROOT, 'src');

/** Every relative import of every .ts file under src/, as the folder of src/ it lands in. */
function importsBetweenFolders(): { file: string; target: string }[] {
  const edges: { file: string; target: string }[] = [];
  for (const name of readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.ts')) continue;
    const file = join(SRC, name);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const target = relative(SRC, resolve(dirname(file), match[1]!));
      edges.push({ file: relative(SRC, file), target });
    }
  }
  return edges;
}

const topFolder = (path: string): string => path.split('/')[0]!;

describe('the layers of src/', () => {
  const edges = importsBetweenFolders();

  it('reads imports (a sanity check of the reading itself)', () => {
    expect(edges.some((edge) => edge.file.startsWith('cli/') && edge.target.startsWith('engine/'))).toBe(
      true,
    );
  });

  it('no step imports from the CLI', () => {
    expect(
      edges.filter((edge) => topFolder(edge.file) !== 'cli' && topFolder(edge.target) === 'cli'),
    ).toEqual([]);
  });

  it.each([
    ['inventory', ['sources', 'engine', 'report', 'history', 'cli']],
    ['engine', ['sources', 'report', 'history', 'cli']],
    // An organization source runs the engine account by account, but hands findings to reporters only through the CLI.
    ['sources', ['report', 'history', 'cli']],
  ])('%s imports from no later step', (step, later) => {
    expect(
      edges.filter((edge) => topFolder(edge.file) === step && later.includes(topFolder(edge.target))),
    ).toEqual([]);
  });
});
