/**
 * From the paths given on the command line to the top-level stacks to load:
 * a template file, a directory of templates (recursively; files that are not
 * templates are skipped), or a cdk.out cloud assembly (every stack of every
 * nested assembly/stage, from manifest.json).
 *
 * A broken template among others is listed (file, reason, line) and left out;
 * the others are still scanned. A path that leads outside the scanned input,
 * or at something that is not a regular file, stops the scan.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import type { SourceLocation } from '../../engine/finding.js';
import type { BrokenInput } from '../source.js';
import { AssetManifests } from './assets.js';
import { constructSources } from './cdk-metadata.js';
import { nestedTemplatePath } from './nested.js';
import {
  boundsOf,
  checkTemplateShape,
  isRecord,
  parseTemplateText,
  readTemplateFile,
  readAhead,
  readTextFile,
  RefusedPathError,
  resolveInside,
  type TemplateBounds,
  type TemplateFile,
} from './read.js';
import { withoutNestedTemplates } from './cycles.js';
import { entryKind } from './entries.js';
import { validateReferences } from './validate.js';
import { scanJsonStructure } from './json.js';
import { countKeys } from './records.js';

export { nestedTemplatePath };

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
  broken: BrokenInput[];
  /** cdk.out: per stack artifact id, reads its construct creation traces (construct path -> app line) when asked. */
  constructSources: Map<string, () => Promise<Map<string, SourceLocation>>>;
}

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

/** A broken file, from the one-line error its reader threw. */
export function brokenInput(error: InputError, file: string): BrokenInput {
  const prefix = `${file}: `;
  const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  const line = error.location?.line ?? Number(/\bline (\d+)/.exec(reason)?.[1] ?? NaN);
  const column = error.location?.column ?? Number(/\bcolumn (\d+)/.exec(reason)?.[1] ?? NaN);
  return {
    file,
    reason,
    ...(Number.isInteger(line) && line > 0 ? { line } : {}),
    ...(Number.isInteger(column) && column > 0 ? { column } : {}),
  };
}

/** Runs `read`; a broken input (not a refused path) is recorded instead of stopping the scan. */
async function orBroken<T>(
  discovery: Discovery,
  file: string,
  read: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof InputError) || error instanceof RefusedPathError) throw error;
    discovery.broken.push(brokenInput(error, file));
    return undefined;
  }
}

/**
 * A template that parses but names what it does not define is broken as well.
 * One with a Transform is checked after its expansion, when it is built.
 */
function checkReferences(file: TemplateFile): void {
  if (file.template.Transform === undefined) validateReferences(file);
}

/** Reads a template listed in a manifest or given on the command line. */
async function readCheckedTemplate(
  path: string,
  displayPath: string,
  bounds: TemplateBounds,
): Promise<TemplateFile> {
  const file = await readTemplateFile(path, displayPath, bounds);
  checkReferences(file);
  return file;
}

function emptyDiscovery(): Discovery {
  return { stacks: [], filesRead: [], broken: [], constructSources: new Map() };
}

function mergeInto(discovery: Discovery, part: Discovery): void {
  discovery.stacks.push(...part.stacks);
  discovery.filesRead.push(...part.filesRead);
  discovery.broken.push(...part.broken);
  for (const [stack, read] of part.constructSources) discovery.constructSources.set(stack, read);
}

/**
 * A cloud assembly manifest, written by the CDK: JSON.parse, without the
 * template parser's member-less copy (a manifest lists every construct's
 * metadata: a third of a cdk.out's bytes). Its artifacts are only iterated,
 * never looked up by a name the app chose. Its keys are still counted against
 * a scan of the text, since JSON.parse keeps the last of repeated keys and a
 * repeated artifact id would hide a stack. An invalid or repeating one goes
 * through the template parser, which names the fault and its line.
 */
function parseManifest(text: string, displayPath: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return parseTemplateText(text, displayPath).value;
  }
  const counted = { keys: 0 };
  countKeys(value, counted);
  return counted.keys === scanJsonStructure(text).keys ? value : parseTemplateText(text, displayPath).value;
}

/** Every file of an assembly is read at once (the reads overlap); results keep the manifest's order. */
async function readAssembly(
  directory: string,
  cwd: string,
  discovery: Discovery,
  bounds?: TemplateBounds,
  depth = 0,
): Promise<void> {
  if (depth > 20) throw new InputError(`${display(cwd, directory)}: cloud assemblies nested too deeply`);
  const manifestPath = join(directory, 'manifest.json');
  const manifestDisplay = display(cwd, manifestPath);
  const parsed = parseManifest(await readTextFile(manifestPath, manifestDisplay), manifestDisplay);
  if (!isRecord(parsed) || !isRecord(parsed.artifacts)) {
    throw new InputError(`${manifestDisplay}: is not a cloud assembly manifest (no artifacts)`);
  }
  discovery.filesRead.push(manifestDisplay);
  const assemblyBounds = bounds ?? (await boundsOf(directory, display(cwd, directory)));
  const artifacts = Object.entries(parsed.artifacts).filter(
    (entry): entry is [string, Record<string, unknown>] => isRecord(entry[1]),
  );
  const propertiesOf = (artifact: Record<string, unknown>): Record<string, unknown> =>
    isRecord(artifact.properties) ? artifact.properties : {};
  const inside = (reference: string): string =>
    resolveInside(assemblyBounds, directory, reference, manifestDisplay);

  const assets = new AssetManifests(
    artifacts.flatMap(([, artifact]) => {
      const file = propertiesOf(artifact).file;
      return artifact.type === 'cdk:asset-manifest' && typeof file === 'string' ? [inside(file)] : [];
    }),
  );
  const stackBounds: TemplateBounds = { ...assemblyBounds, assets };

  const readArtifact = async (artifactId: string, artifact: Record<string, unknown>): Promise<Discovery> => {
    const part = emptyDiscovery();
    const properties = propertiesOf(artifact);
    if (artifact.type === 'aws:cloudformation:stack') {
      if (typeof properties.templateFile !== 'string') {
        part.broken.push({ file: manifestDisplay, reason: `stack ${artifactId} has no templateFile` });
        return part;
      }
      const templatePath = inside(properties.templateFile);
      const templateDisplay = display(cwd, templatePath);
      const file = await orBroken(part, templateDisplay, () =>
        readCheckedTemplate(templatePath, templateDisplay, stackBounds),
      );
      if (!file) return part;
      part.filesRead.push(file.displayPath);
      part.constructSources.set(artifactId, () =>
        constructSources(artifact, directory, assemblyBounds, manifestDisplay, (path) => display(cwd, path)),
      );
      part.stacks.push({
        file,
        name: artifactId,
        fallbackName: `${basename(directory)}/${artifactId}`,
        ...environmentOf(artifact.environment),
        deployedStackName: typeof properties.stackName === 'string' ? properties.stackName : artifactId,
      });
    } else if (artifact.type === 'cdk:cloud-assembly' && typeof properties.directoryName === 'string') {
      const nested = inside(properties.directoryName);
      await orBroken(part, display(cwd, join(nested, 'manifest.json')), () =>
        readAssembly(nested, cwd, part, assemblyBounds, depth + 1),
      );
    }
    return part;
  };
  const parts = await Promise.all(
    artifacts.map(([artifactId, artifact]) => readArtifact(artifactId, artifact)),
  );
  for (const part of parts) mergeInto(discovery, part);
}

/** A file that fails to parse is reported as a broken template only when it looks like one. */
function mightBeTemplate(text: string): boolean {
  return /AWSTemplateFormatVersion|\bAWS::[A-Za-z0-9]+::[A-Za-z0-9]+|(?:^|[{,])\s*"?Resources"?\s*:/m.test(
    text,
  );
}

/** A file found while walking a directory: a template, or undefined when it is something else. */
async function templateInDirectory(
  path: string,
  cwd: string,
  bounds: TemplateBounds,
): Promise<TemplateFile | undefined> {
  const displayPath = display(cwd, path);
  let text: string;
  try {
    text = await readTextFile(path, displayPath);
  } catch (error) {
    if (error instanceof RefusedPathError) throw error;
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
  const file: TemplateFile = {
    path,
    displayPath,
    template: checkTemplateShape(parsed, displayPath),
    resourceLines: parsed.resourceLines,
    bounds,
  };
  checkReferences(file);
  return file;
}

/**
 * Whether a folder is a cloud assembly: the CDK writes a `cdk.out` file next to
 * its manifest.json, which lists `artifacts`. Another program's manifest.json
 * (a web app's, a browser extension's) is a JSON file that is not a template,
 * skipped like the others.
 */
async function isCloudAssembly(directory: string, cwd: string): Promise<boolean> {
  const manifestPath = join(directory, 'manifest.json');
  if (!(await exists(manifestPath))) return false;
  if (await exists(join(directory, 'cdk.out'))) return true;
  let text: string;
  try {
    text = await readTextFile(manifestPath, display(cwd, manifestPath));
  } catch {
    return true; // unreadable: reading it as the assembly says why
  }
  try {
    const value = JSON.parse(text) as unknown;
    return isRecord(value) && 'artifacts' in value;
  } catch {
    return /"artifacts"\s*:/.test(text);
  }
}

/** A cloud assembly whose manifest is broken is listed and left out; the other inputs are scanned. */
async function readAssemblyOrBroken(directory: string, cwd: string, discovery: Discovery): Promise<void> {
  await orBroken(discovery, display(cwd, join(directory, 'manifest.json')), () =>
    readAssembly(directory, cwd, discovery),
  );
}

async function walkDirectory(
  directory: string,
  root: string,
  cwd: string,
  discovery: Discovery,
  bounds: TemplateBounds,
): Promise<void> {
  if (directory !== root && (await isCloudAssembly(directory, cwd))) {
    return readAssemblyOrBroken(directory, cwd, discovery);
  }
  const entries = (await readdir(directory)).sort((a, b) => a.localeCompare(b));
  for (const name of entries) {
    const path = join(directory, name);
    const kind = await entryKind(path, bounds);
    if (kind === 'directory') {
      if (!SKIPPED_DIRECTORIES.has(name) && !name.startsWith('.')) {
        await walkDirectory(path, root, cwd, discovery, bounds);
      }
      continue;
    }
    if (kind === 'skip' || NOT_TEMPLATES.has(name) || name.endsWith('.assets.json')) continue;
    if (typeof kind === 'object') {
      discovery.broken.push({ file: display(cwd, path), reason: kind.refused });
      continue;
    }
    const file = await orBroken(discovery, display(cwd, path), () => templateInDirectory(path, cwd, bounds));
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
  const discovery = emptyDiscovery();
  readAhead.clear();
  for (const given of paths) {
    const path = resolve(cwd, given);
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new InputError(`${given}: no such file or directory`);
    }
    if (info.isFile()) {
      const displayPath = display(cwd, path);
      const file = await orBroken(discovery, displayPath, async () =>
        readCheckedTemplate(path, displayPath, await boundsOf(dirname(path), display(cwd, dirname(path)))),
      );
      if (!file) continue;
      discovery.filesRead.push(file.displayPath);
      discovery.stacks.push({
        file,
        name: basename(withoutExtension(path)),
        fallbackName: withoutExtension(display(cwd, path)),
      });
      continue;
    }
    if (!info.isDirectory()) {
      throw new InputError(`${given}: is not a regular file or a directory (a device, FIFO or socket)`);
    }
    const before = discovery.stacks.length + discovery.broken.length;
    if (await isCloudAssembly(path, cwd)) await readAssemblyOrBroken(path, cwd, discovery);
    else await walkDirectory(path, path, cwd, discovery, await boundsOf(path, display(cwd, path)));
    if (discovery.stacks.length + discovery.broken.length === before) {
      throw new InputError(`${given}: no CloudFormation templates found in this directory`);
    }
  }
  const topLevel = await withoutNestedTemplates(discovery);
  if (topLevel.stacks.length === 0 && topLevel.broken.length > 0) {
    // Nothing left to scan: the first broken file is the answer, as for a single template.
    const [first, ...others] = topLevel.broken;
    const more = others.length > 0 ? ` (and ${others.length} more broken file(s))` : '';
    throw new InputError(`${first!.file}: ${first!.reason}${more}`);
  }
  return topLevel;
}
