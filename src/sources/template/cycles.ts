/**
 * Which discovered templates are top-level stacks: one that another nests
 * (found again while walking a directory) loads once, as the nested stack.
 * Nesting is followed through templates that were not among the scanned
 * files too, so a cycle of nested stacks is always found, and named.
 */
import { dirname, join, relative } from 'node:path';
import { InputError } from '../../errors.js';
import type { Discovery } from './discover.js';
import { nestedStacksOf } from './nested.js';
import { readAhead, readTemplateFile, RefusedPathError, type TemplateFile } from './read.js';

/**
 * A template another one nests (found again while walking a directory) loads
 * once, as the nested stack. A cycle of nested stacks is an input error.
 */
export async function withoutNestedTemplates(discovery: Discovery): Promise<Discovery> {
  const byPath = new Map(discovery.stacks.map((stack) => [stack.file.path, stack.file]));
  const nested = new Set<string>();
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = async (file: TemplateFile, trail: { file: TemplateFile; logicalId: string }[]) => {
    state.set(file.path, 'visiting');
    for (const child of nestedStacksOf(file)) {
      if (byPath.has(child.path)) nested.add(child.path);
      const seen = state.get(child.path);
      if (seen === 'done') continue;
      const steps = [...trail, { file, logicalId: child.logicalId }];
      if (seen === 'visiting') throw cycleError(steps, child.path);
      const childFile = byPath.get(child.path) ?? (await readNestedQuietly(child.path, file));
      if (childFile) await visit(childFile, steps);
    }
    state.set(file.path, 'done');
  };
  for (const stack of discovery.stacks) {
    if (!state.has(stack.file.path)) await visit(stack.file, []);
  }
  if (nested.size === 0) return discovery;
  const nestedDisplay = new Set(
    discovery.stacks.filter((stack) => nested.has(stack.file.path)).map((stack) => stack.file.displayPath),
  );
  return {
    stacks: discovery.stacks.filter((stack) => !nested.has(stack.file.path)),
    filesRead: discovery.filesRead.filter((file) => !nestedDisplay.has(file)),
    broken: discovery.broken,
    constructSources: discovery.constructSources,
  };
}

/** A nested template read only to follow its own nesting; loading it (and saying it is broken) is the build's job. */
async function readNestedQuietly(path: string, parent: TemplateFile): Promise<TemplateFile | undefined> {
  const displayPath = join(dirname(parent.displayPath), relative(dirname(parent.path), path));
  try {
    const file = await readTemplateFile(path, displayPath, parent.bounds);
    readAhead.set(path, file);
    return file;
  } catch (error) {
    if (error instanceof RefusedPathError) throw error;
    return undefined;
  }
}

function cycleError(steps: { file: TemplateFile; logicalId: string }[], back: string): InputError {
  const start = steps.findIndex((step) => step.file.path === back);
  const cycle = steps.slice(start);
  const chain = cycle.map((step) => `${step.file.displayPath} (${step.logicalId})`).join(' -> ');
  return new InputError(
    `${cycle[0]!.file.displayPath}: nested stacks form a cycle: ${chain} -> ${cycle[0]!.file.displayPath}; CloudFormation cannot deploy it`,
  );
}
