/**
 * The template source: CloudFormation templates, directories of them, or a
 * cdk.out cloud assembly -> one normalized inventory.
 */
import { basename, dirname, relative, resolve } from 'node:path';
import { Inventory } from '../../inventory/inventory.js';
import type { ResourceType } from '../../inventory/model.js';
import type { SourceLocation } from '../../engine/finding.js';
import type { SourceResult } from '../source.js';
import { InputError } from '../../errors.js';
import type { BrokenInput } from '../source.js';
import { buildStacks, type BuiltStacks } from './build.js';
import { brokenInput, discoverStacks, type DiscoveredStack, type Discovery } from './discover.js';
import { nestedStacksOf } from './nested.js';
import { normalizeResources, typesToNormalize } from './normalize/index.js';
import { loadParameterValues } from './parameters.js';
import { readTemplateFile, RefusedPathError, type TemplateFile } from './read.js';
import { noEchoParameters, redacted, secretsOf } from './noecho.js';
import { validateGivenParameters } from './validate.js';

export { REDACTED_PARAMETER } from './noecho.js';

export interface TemplateSourceOptions {
  /** `--parameters KEY=VALUE`: win over parameter files and defaults. */
  parameters: Record<string, string>;
  parameterFiles: string[];
  /** Scope name; default: derived from the paths. */
  name?: string;
  cwd: string;
  /**
   * The normalized types the scan's rules apply to or read: only those are
   * normalized (see normalizeResources). Undefined: every type, as a scan
   * with custom rules, whose `reads` nothing checks, needs.
   */
  wantedTypes?: ReadonlySet<ResourceType>;
}

function scopeFromPaths(paths: readonly string[], cwd: string): string {
  const names = paths.map((path) => {
    const absolute = resolve(cwd, path);
    const name = basename(absolute);
    // `cdk.out` says nothing; the app's folder does.
    return name === 'cdk.out' ? basename(dirname(absolute)) : name.replace(/\.(json|ya?ml|template)$/i, '');
  });
  return [...new Set(names)].join('+') || 'templates';
}

export async function loadTemplateSource(
  paths: string[],
  options: TemplateSourceOptions,
): Promise<SourceResult> {
  const relativeTo = (path: string): string => relative(options.cwd, path) || path;
  const {
    values,
    filesRead: parameterFilesRead,
    origins,
  } = await loadParameterValues(options.parameterFiles, options.parameters, options.cwd);
  const discovery = await discoverStacks(paths, options.cwd);
  const files = discovery.stacks.map((stack) => stack.file);
  validateGivenParameters(files, values, origins, discovery.broken.length > 0);
  const secretNames = noEchoParameters(files);
  const built = await buildWithoutBroken(discovery, values, relativeTo);
  const held = options.wantedTypes === undefined ? undefined : typesToNormalize(options.wantedTypes);
  const resources = normalizeResources(built.resources, held);
  const regions = [...new Set(discovery.stacks.flatMap((stack) => (stack.region ? [stack.region] : [])))];
  const accounts = [...new Set(discovery.stacks.flatMap((stack) => (stack.account ? [stack.account] : [])))];
  const inventory = new Inventory(
    resources,
    built.gaps,
    {
      source: 'template',
      regions: regions.length > 0 ? regions : undefined,
      accounts: accounts.length > 0 ? accounts : undefined,
    },
    held,
  );
  return {
    inventory,
    scope: options.name ?? scopeFromPaths(paths, options.cwd),
    dataSources: [...parameterFilesRead, ...discovery.filesRead, ...built.filesRead],
    parameters: {
      templates: paths,
      stacks: built.stackNames,
      templateParameters: Object.keys(values).length > 0 ? redacted(values, secretNames) : undefined,
      parameterFiles: options.parameterFiles.length > 0 ? options.parameterFiles : undefined,
    },
    brokenInputs: discovery.broken.length > 0 ? discovery.broken : undefined,
    constructSources:
      discovery.constructSources.size > 0
        ? async (stacks) => {
            const readers = [...stacks].flatMap((stack) => discovery.constructSources.get(stack) ?? []);
            const located = new Map<string, SourceLocation>();
            for (const sources of await Promise.all(readers.map((read) => read()))) {
              for (const [constructPath, location] of sources) located.set(constructPath, location);
            }
            return located;
          }
        : undefined,
    secrets: secretsOf(values, secretNames),
  };
}

/**
 * A top-level template that parses but cannot be evaluated (a condition that
 * depends on itself, a loop that cannot expand) is listed as broken and the
 * others are built without it; alone, it stops the scan as before.
 */
async function buildWithoutBroken(
  discovery: Discovery,
  values: Record<string, string>,
  relativeTo: (path: string) => string,
): Promise<BuiltStacks> {
  let stacks = discovery.stacks;
  for (;;) {
    try {
      return await buildStacks(stacks, values, relativeTo);
    } catch (error) {
      if (!(error instanceof InputError) || error instanceof RefusedPathError || stacks.length === 1)
        throw error;
      const file = stacks
        .map((stack) => stack.file.displayPath)
        .find((path) => error.message.startsWith(`${path}: `));
      const culprit =
        file !== undefined
          ? stacks.find((stack) => stack.file.displayPath === file)
          : await nestingStack(stacks, error.message, relativeTo);
      if (culprit === undefined) throw error;
      const brokenFile = file ?? error.message.slice(0, error.message.indexOf(': '));
      const broken: BrokenInput = brokenInput(error, brokenFile);
      discovery.broken.push(
        file === undefined
          ? { ...broken, reason: `${broken.reason} (nested by ${culprit.file.displayPath})` }
          : broken,
      );
      stacks = stacks.filter((stack) => stack !== culprit);
    }
  }
}

/** The top-level stack that nests (at any depth) the template an error message starts with. */
async function nestingStack(
  stacks: readonly DiscoveredStack[],
  message: string,
  relativeTo: (path: string) => string,
): Promise<DiscoveredStack | undefined> {
  for (const stack of stacks) {
    const seen = new Set<string>();
    const queue: TemplateFile[] = [stack.file];
    while (queue.length > 0) {
      for (const child of nestedStacksOf(queue.shift()!)) {
        if (seen.has(child.path)) continue;
        seen.add(child.path);
        if (message.startsWith(`${relativeTo(child.path)}: `)) return stack;
        const file = await readTemplateFile(child.path, relativeTo(child.path), stack.file.bounds).catch(
          () => undefined,
        );
        if (file) queue.push(file);
      }
    }
  }
  return undefined;
}
