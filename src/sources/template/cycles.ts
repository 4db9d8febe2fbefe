/**
 * Which discovered templates are top-level stacks: one that another nests
 * (found again while walking a directory) loads once, as the nested stack.
 * Nesting is followed through templates that were not among the scanned
 * files too, so a cycle of nested stacks is always found, and named.
 */
import { dirname, join, relative } from 'node:path';
import type { Discovery } from './discover.js';
import type { BrokenInput } from '../source.js';
import { nestedStacksOf } from './nested.js';
import { readAhead, readTemplateFile, RefusedPathError, type TemplateFile } from './read.js';

/**
 * A template another one nests (found again while walking a directory) loads
 * once, as the nested stack. A cycle of nested stacks is a broken input, one
 * line naming it: the top-level stacks that reach it are left out (a template
 * that nests a cycle without being in it is listed as well), the others scanned.
 */
export async function withoutNestedTemplates(discovery: Discovery): Promise<Discovery> {
  const byPath = new Map(discovery.stacks.map((stack) => [stack.file.path, stack.file]));
  const childrenOf = new Map<string, string[]>();
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: BrokenInput[] = [];
  /** Templates in a cycle. */
  const inCycle = new Set<string>();
  /** Templates in a cycle or nesting one: the cycle's line. */
  const reachesCycle = new Map<string, BrokenInput>();
  const visit = async (file: TemplateFile, trail: { file: TemplateFile; logicalId: string }[]) => {
    state.set(file.path, 'visiting');
    const children: string[] = [];
    childrenOf.set(file.path, children);
    for (const child of nestedStacksOf(file)) {
      children.push(child.path);
      const seen = state.get(child.path);
      if (seen === 'done') continue;
      const steps = [...trail, { file, logicalId: child.logicalId }];
      if (seen === 'visiting') {
        const cycle = steps.slice(steps.findIndex((step) => step.file.path === child.path));
        const line = cycleInput(cycle);
        cycles.push(line);
        for (const step of cycle) {
          inCycle.add(step.file.path);
          reachesCycle.set(step.file.path, line);
        }
        continue;
      }
      const childFile = byPath.get(child.path) ?? (await readNestedQuietly(child.path, file));
      if (childFile) await visit(childFile, steps);
    }
    const cycle = children.map((child) => reachesCycle.get(child)).find((line) => line !== undefined);
    if (cycle && !reachesCycle.has(file.path)) reachesCycle.set(file.path, cycle);
    state.set(file.path, 'done');
  };
  for (const stack of discovery.stacks) {
    if (!state.has(stack.file.path)) await visit(stack.file, []);
  }
  const kept = discovery.stacks.filter((stack) => !reachesCycle.has(stack.file.path));
  const nested = new Set<string>();
  const markNested = (path: string): void => {
    for (const child of childrenOf.get(path) ?? []) {
      if (nested.has(child)) continue;
      nested.add(child);
      markNested(child);
    }
  };
  for (const stack of kept) markNested(stack.file.path);
  const stacks = kept.filter((stack) => !nested.has(stack.file.path));
  if (stacks.length === discovery.stacks.length) return discovery;
  const scanned = new Set(stacks.map((stack) => stack.file.displayPath));
  const leftOut = new Set(
    discovery.stacks.map((stack) => stack.file.displayPath).filter((file) => !scanned.has(file)),
  );
  const nestingCycles = discovery.stacks.flatMap((stack): BrokenInput[] => {
    const cycle = reachesCycle.get(stack.file.path);
    if (!cycle || inCycle.has(stack.file.path)) return [];
    return [{ file: stack.file.displayPath, reason: `nests stacks that form a cycle (${cycle.file})` }];
  });
  return {
    stacks,
    filesRead: discovery.filesRead.filter((file) => !leftOut.has(file)),
    broken: [...discovery.broken, ...cycles, ...nestingCycles],
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

function cycleInput(cycle: { file: TemplateFile; logicalId: string }[]): BrokenInput {
  const chain = cycle.map((step) => `${step.file.displayPath} (${step.logicalId})`).join(' -> ');
  const first = cycle[0]!.file.displayPath;
  return {
    file: first,
    reason: `nested stacks form a cycle: ${chain} -> ${first}; CloudFormation cannot deploy it`,
  };
}
