/**
 * Where a nested stack's template is on disk: the CDK's `aws:asset:path`
 * metadata first, then a local `TemplateURL`, then (a cloud assembly
 * synthesized without asset metadata) the S3 object key in `TemplateURL`
 * looked up in the assembly's asset manifests. Every path stays inside the
 * template's bounds.
 */
import { dirname } from 'node:path';
import { boundsOfFile, isRecord, resolveInside, type TemplateFile } from './read.js';

const TEMPLATE_PATH = /\.(json|ya?ml|template)$/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The text of a URL written as a string, `Fn::Join` or `Fn::Sub`, with any computed part left blank. */
function urlText(templateUrl: unknown): string | undefined {
  if (typeof templateUrl === 'string') return templateUrl;
  if (!isRecord(templateUrl)) return undefined;
  const join = templateUrl['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    return join[1].map((part) => (typeof part === 'string' ? part : '')).join(join[0]);
  }
  const sub = templateUrl['Fn::Sub'];
  const text = Array.isArray(sub) ? sub[0] : sub;
  return typeof text === 'string' ? text : undefined;
}

export function nestedTemplatePath(
  parent: TemplateFile,
  metadata: unknown,
  templateUrl: unknown,
): string | undefined {
  const base = dirname(parent.path);
  const bounds = boundsOfFile(parent);
  const inside = (reference: string): string => resolveInside(bounds, base, reference, parent.displayPath);
  const assetPath = isRecord(metadata) ? metadata['aws:asset:path'] : undefined;
  if (typeof assetPath === 'string' && TEMPLATE_PATH.test(assetPath)) return inside(assetPath);
  if (typeof templateUrl === 'string' && !HAS_SCHEME.test(templateUrl)) return inside(templateUrl);
  const url = urlText(templateUrl);
  const objectKey = url?.slice(url.lastIndexOf('/') + 1);
  const local = objectKey ? bounds.assets?.sourceOf(objectKey) : undefined;
  return local === undefined ? undefined : inside(local);
}

/** The `AWS::CloudFormation::Stack` resources of a template whose template is on disk. */
export function nestedStacksOf(file: TemplateFile): { logicalId: string; path: string }[] {
  const found: { logicalId: string; path: string }[] = [];
  const resources = file.template.Resources;
  for (const logicalId of Object.keys(resources)) {
    const resource = resources[logicalId];
    if (!isRecord(resource) || resource.Type !== 'AWS::CloudFormation::Stack') continue;
    const properties = isRecord(resource.Properties) ? resource.Properties : {};
    const path = nestedTemplatePath(file, resource.Metadata, properties.TemplateURL);
    if (path !== undefined) found.push({ logicalId, path });
  }
  return found;
}

/**
 * The logical ids an expression reads attributes of (`Fn::GetAtt`, `${Id.Attribute}` in `Fn::Sub`):
 * where a nested stack's parameters read a sibling stack's outputs.
 */
export function resourcesReadBy(expression: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(expression)) {
    for (const item of expression) resourcesReadBy(item, found);
    return found;
  }
  if (!isRecord(expression)) return found;
  for (const [key, value] of Object.entries(expression)) {
    if (key === 'Fn::GetAtt') {
      const target =
        typeof value === 'string' ? value.split('.')[0] : Array.isArray(value) ? value[0] : undefined;
      if (typeof target === 'string') found.add(target);
    } else if (key === 'Fn::Sub') {
      const text = Array.isArray(value) ? value[0] : value;
      if (typeof text === 'string') {
        for (const match of text.matchAll(/\$\{([^!}.][^}.]*)\./g)) found.add(match[1]!.trim());
      }
    }
    resourcesReadBy(value, found);
  }
  return found;
}
