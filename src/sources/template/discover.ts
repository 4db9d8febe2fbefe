/**
 * From the paths given on the command line to the top-level stacks to load:
 * a template file, a directory of templates (recursively; files that are not
 * templates are skipped), or a cdk.out cloud assembly (every stack of every
 * nested assembly/stage, from manifest.json).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import {
  checkTemplateShape,
  isRecord,
  parseTemplateText,
  readTemplateFile,
  readTextFile,
  type TemplateFile,
} from './read.js';

export interface DiscoveredStack {
  file: TemplateFile;
  /** Preferred stack name (artifact id, or file name without extension). */
  name: string;
  /** Used when `name` is already taken. */
  fallbackName: string;
  region?: string;
  account?: string;
  deployedStackName?: string;
}

export interface Discovery {
  stacks: DiscoveredStack[];
  filesRead: string[];
}

const TEMPLATE_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.template']);
const NOT_TEMPLATES = new Set([
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'cdk.json',
  'tree.json',
  'cdk.context.json',
]);
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

function display(cwd: string, path: string): string {
  return relative(cwd, path) || '.';
}

function withoutExtension(path: string): string {
  return path.slice(0, path.length - extname(path).length);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function environmentOf(environment: unknown): { account?: string; region?: string } {
  const match = typeof environment === 'string' ? /^aws:\/\/([^/]+)\/(.+)$/.exec(environment) : null;
  if (!match) return {};
  const [, account, region] = match;
  return {
    account: account && account !== 'unknown-account' ? account : undefined,
    region: region && region !== 'unknown-region' ? region : undefined,
  };
}

async function readAssembly(directory: string, cwd: string, discovery: Discovery, depth = 0): Promise<void> {
  if (depth > 20) throw new InputError(`${display(cwd, directory)}: cloud assemblies nested too deeply`);
  const manifestPath = join(directory, 'manifest.json');
  const manifestDisplay = display(cwd, manifestPath);
  const parsed = parseTemplateText(await readTextFile(manifestPath, manifestDisplay), manifestDisplay).value;
  if (!isRecord(parsed) || !isRecord(parsed.artifacts)) {
    throw new InputError(`${manifestDisplay}: is not a cloud assembly manifest (no artifacts)`);
  }
  discovery.filesRead.push(manifestDisplay);
  for (const [artifactId, artifact] of Object.entries(parsed.artifacts)) {
    if (!isRecord(artifact)) continue;
    const properties = isRecord(artifact.properties) ? artifact.properties : {};
    if (artifact.type === 'aws:cloudformation:stack') {
      if (typeof properties.templateFile !== 'string') {
        throw new InputError(`${manifestDisplay}: stack ${artifactId} has no templateFile`);
      }
      const templatePath = join(directory, properties.templateFile);
      const file = await readTemplateFile(templatePath, display(cwd, templatePath));
      discovery.filesRead.push(file.displayPath);
      discovery.stacks.push({
        file,
        name: artifactId,
        fallbackName: `${basename(directory)}/${artifactId}`,
        ...environmentOf(artifact.environment),
        deployedStackName: typeof properties.stackName === 'string' ? properties.stackName : artifactId,
      });
    } else if (artifact.type === 'cdk:cloud-assembly' && typeof properties.directoryName === 'string') {
      await readAssembly(join(directory, properties.directoryName), cwd, discovery, depth + 1);
    }
  }
}

function mightBeTemplate(text: string): boolean {
  return /AWSTemplateFormatVersion|\bAWS::[A-Za-z0-9]+::[A-Za-z0-9]+/.test(text);
}

/** A file found while walking a directory: a template, or undefined when it is something else. */
async function templateInDirectory(path: string, cwd: string): Promise<TemplateFile | undefined> {
  const displayPath = display(cwd, path);
  let text: string;
  try {
    text = await readTextFile(path, displayPath);
  } catch {
    return undefined;
  }
  let parsed;
  try {
    parsed = parseTemplateText(text, displayPath);
  } catch (error) {
    if (mightBeTemplate(text)) throw error;
    return undefined;
  }
  if (!isRecord(parsed.value) || !('Resources' in parsed.value)) return undefined;
  return {
    path,
    displayPath,
    template: checkTemplateShape(parsed, displayPath),
    resourceLines: parsed.resourceLines,
  };
}

async function walkDirectory(
  directory: string,
  root: string,
  cwd: string,
  discovery: Discovery,
): Promise<void> {
  if (directory !== root && (await exists(join(directory, 'manifest.json')))) {
    return readAssembly(directory, cwd, discovery);
  }
  const entries = (await readdir(directory, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) {
        await walkDirectory(path, root, cwd, discovery);
      }
      continue;
    }
    if (!entry.isFile() || !TEMPLATE_EXTENSIONS.has(extname(entry.name).toLowerCase())) continue;
    if (NOT_TEMPLATES.has(entry.name) || entry.name.endsWith('.assets.json')) continue;
    const file = await templateInDirectory(path, cwd);
    if (!file) continue;
    discovery.filesRead.push(file.displayPath);
    discovery.stacks.push({
      file,
      name: basename(withoutExtension(path)),
      fallbackName: withoutExtension(relative(root, path)),
    });
  }
}

export async function discoverStacks(paths: readonly string[], cwd: string): Promise<Discovery> {
  const discovery: Discovery = { stacks: [], filesRead: [] };
  for (const given of paths) {
    const path = resolve(cwd, given);
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new InputError(`${given}: no such file or directory`);
    }
    if (info.isFile()) {
      const file = await readTemplateFile(path, display(cwd, path));
      discovery.filesRead.push(file.displayPath);
      discovery.stacks.push({
        file,
        name: basename(withoutExtension(path)),
        fallbackName: withoutExtension(display(cwd, path)),
      });
      continue;
    }
    const before = discovery.stacks.length;
    if (await exists(join(path, 'manifest.json'))) await readAssembly(path, cwd, discovery);
    else await walkDirectory(path, path, cwd, discovery);
    if (discovery.stacks.length === before) {
      throw new InputError(`${given}: no CloudFormation templates found in this directory`);
    }
  }
  return withoutNestedTemplates(discovery);
}

/** A template another one nests (found again while walking a directory) loads once, as the nested stack. */
function withoutNestedTemplates(discovery: Discovery): Discovery {
  const nested = new Set<string>();
  for (const { file } of discovery.stacks) {
    for (const resource of Object.values(file.template.Resources)) {
      if (!isRecord(resource) || resource.Type !== 'AWS::CloudFormation::Stack') continue;
      const properties = isRecord(resource.Properties) ? resource.Properties : {};
      const path = nestedTemplatePath(file, resource.Metadata, properties.TemplateURL);
      if (path !== undefined) nested.add(path);
    }
  }
  if (nested.size === 0) return discovery;
  const nestedDisplay = new Set(
    discovery.stacks.filter((stack) => nested.has(stack.file.path)).map((stack) => stack.file.displayPath),
  );
  return {
    stacks: discovery.stacks.filter((stack) => !nested.has(stack.file.path)),
    filesRead: discovery.filesRead.filter((file) => !nestedDisplay.has(file)),
  };
}

/** Where a nested stack's template is, when it is on disk. */
export function nestedTemplatePath(
  parent: TemplateFile,
  metadata: unknown,
  templateUrl: unknown,
): string | undefined {
  const assetPath = isRecord(metadata) ? metadata['aws:asset:path'] : undefined;
  if (typeof assetPath === 'string' && /\.(json|ya?ml|template)$/i.test(assetPath)) {
    return join(dirname(parent.path), assetPath);
  }
  if (typeof templateUrl === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(templateUrl)) {
    return resolve(dirname(parent.path), templateUrl);
  }
  return undefined;
}
