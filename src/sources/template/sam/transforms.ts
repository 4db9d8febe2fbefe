/**
 * A template's transforms and macros before it is evaluated: SAM is expanded
 * (expand.ts); `AWS::LanguageExtensions` is handled by the parser and
 * evaluator. Anything else (`AWS::Include`, a custom macro, a module, a SAM
 * type not expanded here) creates resources the scanner cannot see: it is
 * named in `notExpanded`, and the build turns each into gaps, so the rules
 * report UNKNOWN instead of skipping it.
 */
import { isRecord, type TemplateFile } from '../read.js';
import { expandSam, SAM_TRANSFORM } from './expand.js';

const HANDLED_ELSEWHERE = new Set(['AWS::LanguageExtensions']);

export interface ExpandedTemplate {
  file: TemplateFile;
  /** Generated logical id -> the SAM resource it comes from (for its line, id and suppressions). */
  from: Map<string, string>;
  /** One sentence each: what was not expanded, naming the transform, macro or type. */
  notExpanded: string[];
}

function transformNames(transform: unknown): string[] {
  const list = Array.isArray(transform) ? transform : transform === undefined ? [] : [transform];
  return list.map((entry) =>
    typeof entry === 'string' ? entry : isRecord(entry) ? String(entry.Name) : JSON.stringify(entry),
  );
}

function macroNames(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).map((entry) =>
    isRecord(entry) ? String(entry.Name) : String(entry),
  );
}

/**
 * `Fn::Transform` (AWS::Include or a macro) that replaces whole resources or
 * their properties: under Resources, as a resource, or as its Properties.
 * Deeper in a property it only makes that value Unknown (the evaluator says so),
 * so the walk stays shallow: it runs on every template.
 */
function inlineTransforms(resources: Record<string, unknown>): Set<string> {
  const found = new Set<string>();
  for (const key of Object.keys(resources)) {
    const resource = resources[key];
    if (key === 'Fn::Transform') macroNames(resource).forEach((name) => found.add(name));
    if (!isRecord(resource)) continue;
    if ('Fn::Transform' in resource) macroNames(resource['Fn::Transform']).forEach((name) => found.add(name));
    const properties = resource.Properties;
    if (isRecord(properties) && 'Fn::Transform' in properties) {
      macroNames(properties['Fn::Transform']).forEach((name) => found.add(name));
    }
  }
  return found;
}

export function expandTransforms(file: TemplateFile): ExpandedTemplate {
  const template = file.template;
  const names = transformNames(template.Transform);
  const notExpanded: string[] = [];
  for (const name of names) {
    if (name === SAM_TRANSFORM || HANDLED_ELSEWHERE.has(name)) continue;
    notExpanded.push(
      `${file.displayPath} uses transform ${name}, which this scanner cannot expand: the resources it creates or changes are not checked`,
    );
  }
  const inline = inlineTransforms(template.Resources);
  for (const key of Object.keys(template.Resources)) {
    const resource = template.Resources[key];
    const type = isRecord(resource) ? resource.Type : undefined;
    if (typeof type === 'string' && type.endsWith('::MODULE')) {
      notExpanded.push(
        `${file.displayPath}: resource ${key} is the CloudFormation module ${type}, which this scanner cannot expand: the resources it creates are not checked`,
      );
    }
  }
  for (const name of inline) {
    notExpanded.push(
      `${file.displayPath} uses Fn::Transform ${name} in its Resources, which this scanner cannot expand: the resources it creates are not checked`,
    );
  }
  if (!names.includes(SAM_TRANSFORM)) return { file, from: new Map(), notExpanded };

  const sam = expandSam(template);
  for (const [logicalId, type] of sam.unexpanded) {
    notExpanded.push(
      `${file.displayPath}: resource ${logicalId} is a ${type}, which this scanner does not expand (transform ${SAM_TRANSFORM}): the resources it creates are not checked`,
    );
  }
  const resourceLines = new Map(file.resourceLines);
  for (const [generated, samId] of sam.from) {
    const line = file.resourceLines.get(samId);
    if (line !== undefined && !resourceLines.has(generated)) resourceLines.set(generated, line);
  }
  return {
    file: {
      ...file,
      template: { ...template, Resources: sam.resources, Outputs: sam.outputs },
      resourceLines,
    },
    from: sam.from,
    notExpanded,
  };
}
