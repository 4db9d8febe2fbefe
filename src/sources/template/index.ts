/**
 * The template source: CloudFormation templates, directories of them, or a
 * cdk.out cloud assembly -> one normalized inventory.
 */
import { basename, dirname, relative, resolve } from 'node:path';
import { Inventory } from '../../inventory/inventory.js';
import type { SourceResult } from '../source.js';
import { buildStacks } from './build.js';
import { discoverStacks } from './discover.js';
import { normalizeResources } from './normalize/index.js';
import { loadParameterValues } from './parameters.js';

export interface TemplateSourceOptions {
  /** `--parameters KEY=VALUE`: win over parameter files and defaults. */
  parameters: Record<string, string>;
  parameterFiles: string[];
  /** Scope name; default: derived from the paths. */
  name?: string;
  cwd: string;
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
  const { values, filesRead: parameterFilesRead } = await loadParameterValues(
    options.parameterFiles,
    options.parameters,
    options.cwd,
  );
  const discovery = await discoverStacks(paths, options.cwd);
  const built = await buildStacks(discovery.stacks, values, relativeTo);
  const resources = normalizeResources(built.resources);
  const regions = [...new Set(discovery.stacks.flatMap((stack) => (stack.region ? [stack.region] : [])))];
  const accounts = [...new Set(discovery.stacks.flatMap((stack) => (stack.account ? [stack.account] : [])))];
  const inventory = new Inventory(resources, built.gaps, {
    source: 'template',
    regions: regions.length > 0 ? regions : undefined,
    accounts: accounts.length > 0 ? accounts : undefined,
  });
  return {
    inventory,
    scope: options.name ?? scopeFromPaths(paths, options.cwd),
    dataSources: [...parameterFilesRead, ...discovery.filesRead, ...built.filesRead],
    parameters: {
      templates: paths,
      stacks: built.stackNames,
      templateParameters: Object.keys(values).length > 0 ? values : undefined,
      parameterFiles: options.parameterFiles.length > 0 ? options.parameterFiles : undefined,
    },
  };
}
