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

/** `Fn::Transform` (AWS::Include or a macro) written in the Resources section, and the macros it names. */
function inlineTransforms(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) inlineTransforms(item, found);
    return;
  }
  if (!isRecord(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'Fn::Transform') {
      const names = Array.isArray(value) ? value : [value];
      for (const entry of names) found.add(isRecord(entry) ? String(entry.Name) : String(entry));
    } else inlineTransforms(value, found);
  }
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
  const inline = new Set<string>();
  inlineTransforms(template.Resources, inline);
  for (const [key, resource] of Object.entries(template.Resources)) {
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
