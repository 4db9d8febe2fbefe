/**
 * References that name nothing are template errors CloudFormation itself
 * would reject: `Ref`/`Fn::GetAtt`/`${}` to an undefined name, a `DependsOn`
 * or `Condition` naming nothing. One walk over each resource's Properties,
 * the Conditions and the Outputs.
 */
import { InputError } from '../../errors.js';
import { INCLUDED_RESOURCES, isRecord, type TemplateFile } from './read.js';
import { parseSub } from './sub.js';
import { conditionMayComeFromLoop } from './unresolved-loops.js';
import { describeValue } from './values.js';

interface Names {
  parameters: Set<string>;
  resources: Set<string>;
  conditions: Set<string>;
}

function keysOf(value: unknown): Set<string> {
  return new Set(isRecord(value) ? Object.keys(value) : []);
}

/** Templates already found sound: discovery checks each file, the build again after expansion (often the same object). */
const validated = new WeakSet<object>();

export function validateReferences(file: TemplateFile): void {
  const template = file.template;
  if (validated.has(template)) return;
  const names: Names = {
    parameters: keysOf(template.Parameters),
    resources: keysOf(template.Resources),
    conditions: keysOf(template.Conditions),
  };
  // A transform (SAM, serverless, AWS::Include under Resources) creates resources the raw template does not show.
  const lenient = template.Transform !== undefined || Object.hasOwn(template.Resources, INCLUDED_RESOURCES);
  const fail = (message: string): never => {
    throw new InputError(`${file.displayPath}: ${message}`);
  };
  const checkRef = (name: unknown, where: string): void => {
    if (typeof name !== 'string' || lenient) return;
    if (name.startsWith('AWS::') || names.parameters.has(name) || names.resources.has(name)) return;
    fail(`Ref to unknown '${name}' in ${where}`);
  };
  const checkGetAtt = (resource: unknown, where: string): void => {
    if (typeof resource !== 'string' || lenient || names.resources.has(resource)) return;
    fail(`Fn::GetAtt to unknown resource '${resource}' in ${where}`);
  };
  const checkCondition = (name: unknown, where: string): void => {
    if (typeof name === 'string' && !names.conditions.has(name) && !conditionMayComeFromLoop(template)) {
      fail(`condition '${name}' is not defined in Conditions (used in ${where})`);
    }
  };
  const checkSub = (text: unknown, locals: Set<string>, where: string): void => {
    if (typeof text !== 'string') return;
    for (const part of parseSub(text)) {
      if (!('variable' in part) || locals.has(part.variable)) continue;
      const dot = part.variable.indexOf('.');
      if (dot > 0 && !part.variable.startsWith('AWS::')) checkGetAtt(part.variable.slice(0, dot), where);
      else checkRef(part.variable, where);
    }
  };

  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) walk(item, where);
      return;
    }
    if (!isRecord(node)) return;
    const keys = Object.keys(node);
    if (keys.length === 1) {
      const key = keys[0] as string;
      const argument = node[key];
      if (key === 'Ref') return checkRef(argument, where);
      if (key === 'Condition' && typeof argument === 'string') return checkCondition(argument, where);
      if (key === 'Fn::GetAtt') {
        const resource =
          typeof argument === 'string'
            ? argument.split('.')[0]
            : Array.isArray(argument)
              ? argument[0]
              : undefined;
        checkGetAtt(resource, where);
        if (Array.isArray(argument)) walk(argument.slice(1), where);
        return;
      }
      if (key === 'Fn::If' && Array.isArray(argument)) {
        checkCondition(argument[0], where);
        walk(argument.slice(1), where);
        return;
      }
      if (key === 'Fn::Sub') {
        const [text, variables] = Array.isArray(argument) ? argument : [argument];
        checkSub(text, keysOf(variables), where);
        if (typeof text !== 'string') walk(text, where);
        walk(variables, where);
        return;
      }
    }
    // Most values are scalars: checked here rather than in a call per value.
    for (const key of keys) {
      const value = node[key];
      if (typeof value === 'object' && value !== null) walk(value, where);
    }
  };

  for (const logicalId of Object.keys(template.Resources)) {
    const resource = template.Resources[logicalId];
    if (!isRecord(resource)) continue;
    const where = `resource ${logicalId}`;
    if (resource.Condition !== undefined) {
      if (typeof resource.Condition !== 'string') fail(`Condition of resource ${logicalId} is not a name`);
      checkCondition(resource.Condition, where);
    }
    const dependsOn = resource.DependsOn;
    for (const dependency of Array.isArray(dependsOn)
      ? dependsOn
      : dependsOn === undefined
        ? []
        : [dependsOn]) {
      if (typeof dependency !== 'string' || !names.resources.has(dependency)) {
        fail(`DependsOn of resource ${logicalId} names unknown resource '${describeValue(dependency)}'`);
      }
    }
    walk(resource.Properties, where);
  }
  if (isRecord(template.Conditions)) {
    for (const [name, expression] of Object.entries(template.Conditions))
      walk(expression, `condition ${name}`);
  }
  if (isRecord(template.Outputs)) {
    for (const [name, output] of Object.entries(template.Outputs)) {
      if (!isRecord(output)) continue;
      if (output.Condition !== undefined) checkCondition(output.Condition, `output ${name}`);
      walk(output.Value, `output ${name}`);
    }
  }
  validated.add(template);
}

/**
 * Parameter values given from outside, checked as `aws cloudformation deploy`
 * does: a name no scanned template declares, or a value outside a parameter's
 * `AllowedValues`, is refused. `origins` says where each value came from.
 */
export function validateGivenParameters(
  files: readonly TemplateFile[],
  values: Record<string, string>,
  origins: Record<string, string>,
  /** When some templates were broken, an undeclared name may be theirs: only AllowedValues are checked. */
  someBroken = false,
): void {
  const declared = new Map<string, { file: TemplateFile; declaration: Record<string, unknown> }[]>();
  for (const file of files) {
    if (!isRecord(file.template.Parameters)) continue;
    for (const [name, declaration] of Object.entries(file.template.Parameters)) {
      const list = declared.get(name) ?? [];
      list.push({ file, declaration: isRecord(declaration) ? declaration : {} });
      declared.set(name, list);
    }
  }
  for (const [name, value] of Object.entries(values)) {
    const where = origins[name] ?? '--parameters';
    const declarations = declared.get(name);
    if (declarations === undefined) {
      if (someBroken) continue;
      const known = [...declared.keys()].sort();
      throw new InputError(
        `${where}: parameter ${name} is not declared by any scanned template (declared: ${known.length > 0 ? known.join(', ') : 'none'})`,
      );
    }
    for (const { file, declaration } of declarations) {
      const allowed = declaration.AllowedValues;
      if (!Array.isArray(allowed)) continue;
      const allowedText = allowed.map((item) =>
        typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item),
      );
      const isList =
        typeof declaration.Type === 'string' && /^(CommaDelimitedList|List<)/.test(declaration.Type);
      const items = isList ? value.split(',').map((item) => item.trim()) : [value];
      const outside = items.find((item) => !allowedText.includes(item));
      if (outside === undefined) continue;
      const shown =
        declaration.NoEcho === true || declaration.NoEcho === 'true' ? '(NoEcho value)' : `"${outside}"`;
      throw new InputError(
        `${where}: parameter ${name}: ${shown} is not one of its AllowedValues in ${file.displayPath} (${allowedText.join(', ')})`,
      );
    }
  }
}
