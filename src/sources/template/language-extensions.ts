/**
 * The `AWS::LanguageExtensions` transform's `Fn::ForEach`, expanded before
 * anything else reads the template (SAM included), as CloudFormation does:
 * in Resources, Outputs and Conditions, at the top of the section or inside a
 * resource, nested loops included. Each item of the collection replaces
 * `${Identifier}` and `&{Identifier}` (the item without its non-alphanumeric
 * characters) in keys and strings, and `{Ref: Identifier}`. Collections are
 * literal lists or evaluate to one (a CommaDelimitedList parameter, from its
 * default or --parameters). A loop whose collection cannot be known generates
 * nothing the scanner could check: it becomes gaps naming the loop, so the
 * affected checks are UNKNOWN. `Fn::Length`, `Fn::ToJsonString` and
 * `Fn::FindInMap` with `DefaultValue` are evaluate.ts's.
 */
import { InputError } from '../../errors.js';
import { Unknown } from '../../inventory/maybe.js';
import type { Gap, ResourceType } from '../../inventory/model.js';
import { StackEvaluator, type StackLinks } from './evaluate.js';
import { NORMALIZED_TYPES, normalizedTypesOf, readsProperties } from './normalize/index.js';
import { INCLUDED_RESOURCES, isRecord, type RawTemplate, type TemplateFile } from './read.js';
import { newRecord } from './records.js';
import type { StackDefinition } from './stack.js';
import { conditionMayComeFromLoop, markUnresolvedConditionLoop } from './unresolved-loops.js';

export const LANGUAGE_EXTENSIONS = 'AWS::LanguageExtensions';
const FOR_EACH = 'Fn::ForEach::';
const SECTIONS = ['Resources', 'Conditions', 'Outputs'] as const;
type Section = (typeof SECTIONS)[number];

export function declaresLanguageExtensions(template: RawTemplate): boolean {
  const transform = template.Transform;
  return Array.isArray(transform)
    ? transform.includes(LANGUAGE_EXTENSIONS)
    : transform === LANGUAGE_EXTENSIONS;
}

/** A loop that could not be expanded: thrown from inside a section entry, caught for that entry. */
class UnresolvedLoop extends Error {}

function alphanumeric(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, '');
}

function substituteText(text: string, identifier: string, item: string): string {
  if (!text.includes('{')) return text;
  return text.split(`\${${identifier}}`).join(item).split(`&{${identifier}}`).join(alphanumeric(item));
}

/** The fragment with one collection item in place of the identifier. */
function substitute(node: unknown, identifier: string, item: string): unknown {
  if (typeof node === 'string') return substituteText(node, identifier, item);
  if (Array.isArray(node)) return node.map((child) => substitute(child, identifier, item));
  if (!isRecord(node) || node instanceof Unknown) return node;
  const keys = Object.keys(node);
  if (keys.length === 1 && keys[0] === 'Ref' && node.Ref === identifier) return item;
  const result = newRecord();
  for (const key of keys)
    result[substituteText(key, identifier, item)] = substitute(node[key], identifier, item);
  return result;
}

/** The CloudFormation types a loop's fragment would generate (undefined: cannot tell). */
function fragmentTypes(fragment: unknown): string[] | undefined {
  if (!isRecord(fragment)) return undefined;
  const types: string[] = [];
  for (const [key, value] of Object.entries(fragment)) {
    if (key.startsWith(FOR_EACH)) {
      const nested = Array.isArray(value) ? fragmentTypes(value[2]) : undefined;
      if (nested === undefined) return undefined;
      types.push(...nested);
      continue;
    }
    const type = isRecord(value) ? value.Type : undefined;
    if (typeof type !== 'string' || type.includes('{')) return undefined;
    types.push(type);
  }
  return types;
}

function createsResourcesOfAnyType(type: string): boolean {
  return (
    type.startsWith('AWS::Serverless::') || type === 'AWS::CloudFormation::Stack' || type.endsWith('::MODULE')
  );
}

function gapTypes(types: string[] | undefined): ResourceType[] {
  if (types === undefined) return NORMALIZED_TYPES;
  const found = new Set<ResourceType>();
  for (const type of types) {
    const normalized = normalizedTypesOf(type);
    if (normalized.length > 0) for (const yielded of normalized) found.add(yielded);
    // Attachments (rules, associations), SAM types, nested stacks and modules change or create resources of any type.
    else if (readsProperties(type) || createsResourcesOfAnyType(type)) return NORMALIZED_TYPES;
  }
  return [...found];
}

class Expander {
  readonly gaps: Gap[] = [];
  private readonly evaluator: StackEvaluator;

  constructor(
    private readonly definition: StackDefinition,
    links: StackLinks,
  ) {
    this.evaluator = new StackEvaluator(definition, links);
  }

  private get file(): TemplateFile {
    return this.definition.file;
  }

  private fail(message: string): never {
    throw new InputError(`${this.file.displayPath}: ${message}`);
  }

  /** The collection's items as text, or why they cannot be known. */
  private collection(loop: string, expression: unknown): string[] {
    const value = this.evaluator.evaluate(expression);
    if (value instanceof Unknown)
      throw new UnresolvedLoop(`the collection of ${loop} is unknown: ${value.reason}`);
    if (!Array.isArray(value)) throw new UnresolvedLoop(`the collection of ${loop} is not a list`);
    return value.map((item) => {
      if (typeof item === 'string') return item;
      if (typeof item === 'number' || typeof item === 'boolean') return String(item);
      const reason = item instanceof Unknown ? item.reason : 'an item is not a string';
      throw new UnresolvedLoop(`the collection of ${loop} is unknown: ${reason}`);
    });
  }

  /** The entries one loop generates, nested loops expanded. */
  private loop(key: string, value: unknown, where: string): [string, unknown][] {
    if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== 'string' || !isRecord(value[2])) {
      this.fail(`${key} ${where} must be [Identifier, Collection, {OutputKey: OutputValue}]`);
    }
    const [identifier, expression, fragment] = value as [string, unknown, Record<string, unknown>];
    const entries: [string, unknown][] = [];
    const seen = new Set<string>();
    for (const item of this.collection(key, expression)) {
      const expanded = this.mapping(substitute(fragment, identifier, item) as Record<string, unknown>, where);
      for (const [generated, generatedValue] of Object.entries(expanded)) {
        if (seen.has(generated)) {
          this.fail(
            `${key} ${where} generates ${generated} more than once (its keys must use \${${identifier}} or &{${identifier}})`,
          );
        }
        seen.add(generated);
        entries.push([generated, generatedValue]);
      }
    }
    return entries;
  }

  /** A mapping with its loops expanded (keys generated in place), recursively. */
  private mapping(map: Record<string, unknown>, where: string): Record<string, unknown> {
    const result = newRecord();
    const add = (key: string, value: unknown): void => {
      if (Object.hasOwn(result, key)) this.fail(`${key} ${where} is defined twice (once by Fn::ForEach)`);
      result[key] = value;
    };
    for (const [key, value] of Object.entries(map)) {
      if (key.startsWith(FOR_EACH))
        for (const [generated, item] of this.loop(key, value, where)) add(generated, item);
      else add(key, this.value(value, where));
    }
    return result;
  }

  private value(node: unknown, where: string): unknown {
    if (Array.isArray(node)) return node.map((item) => this.value(item, where));
    if (!isRecord(node) || node instanceof Unknown) return node;
    return this.mapping(node, where);
  }

  /** One section: each entry, or each loop at its top, expanded on its own. */
  section(name: Section, lines: Map<string, number>): Record<string, unknown> | undefined {
    const section = this.file.template[name];
    if (!isRecord(section)) return undefined;
    const result = newRecord();
    for (const [key, value] of Object.entries(section)) {
      const line = this.file.resourceLines.get(key);
      const where = `in ${name}${name === 'Resources' && line !== undefined ? ` (line ${line})` : ''}`;
      let entries: [string, unknown][];
      try {
        entries = key.startsWith(FOR_EACH) ? this.loop(key, value, where) : [[key, this.value(value, where)]];
      } catch (error) {
        if (!(error instanceof UnresolvedLoop)) throw error;
        this.unresolved(name, key, value, where, error.message);
        continue;
      }
      for (const [generated, item] of entries) {
        if (Object.hasOwn(result, generated) || (generated !== key && Object.hasOwn(section, generated))) {
          this.fail(`${key} ${where} generates ${generated}, which is already defined in ${name}`);
        }
        result[generated] = item;
        if (name === 'Resources' && line !== undefined && generated !== key) lines.set(generated, line);
      }
    }
    return result;
  }

  private unresolved(name: Section, key: string, value: unknown, where: string, reason: string): void {
    const isLoop = key.startsWith(FOR_EACH);
    const what = isLoop
      ? `${key} ${where}`
      : `${name === 'Resources' ? 'resource' : 'entry'} ${key} ${where}`;
    const message = `${this.file.displayPath}: ${what} could not be expanded: ${reason}`;
    if (name === 'Conditions') {
      markUnresolvedConditionLoop(this.file.template, message);
      return;
    }
    if (name !== 'Resources') return; // an output that cannot be known is unknown wherever it is read
    const types = isLoop
      ? fragmentTypes(Array.isArray(value) ? value[2] : undefined)
      : isRecord(value) && typeof value.Type === 'string'
        ? [value.Type]
        : undefined;
    const unchecked = !isLoop
      ? 'it is not checked'
      : types === undefined
        ? 'the resources it generates are not checked'
        : `the ${[...new Set(types)].join(', ')} resources it generates are not checked`;
    for (const resourceType of gapTypes(types)) {
      this.gaps.push({
        resourceType,
        action: isLoop ? `expand ${key}` : `expand the ${FOR_EACH}... loops of resource ${key}`,
        reason: `${message}; ${unchecked}; pin the collection with --parameters`,
      });
    }
  }
}

function checkResources(file: TemplateFile, resources: Record<string, unknown>): void {
  for (const logicalId of Object.keys(resources)) {
    if (logicalId === INCLUDED_RESOURCES) continue;
    const resource = resources[logicalId];
    const line = file.resourceLines.get(logicalId);
    const where = line === undefined ? '' : ` (line ${line})`;
    const fail = (what: string): never => {
      throw new InputError(`${file.displayPath}: resource ${logicalId}${where} ${what}`);
    };
    if (!isRecord(resource)) fail('is not a mapping');
    const record = resource as Record<string, unknown>;
    if (typeof record.Type !== 'string' || record.Type === '') fail('has no Type');
    if (record.Properties !== undefined && record.Properties !== null && !isRecord(record.Properties)) {
      fail('has Properties that are not a mapping');
    }
  }
}

/** The stack with its `Fn::ForEach` loops expanded, and gaps for the loops that could not be. */
export function expandLanguageExtensions(
  definition: StackDefinition,
  links: StackLinks,
): { definition: StackDefinition; gaps: Gap[] } {
  const file = definition.file;
  const template = file.template;
  if (!declaresLanguageExtensions(template)) {
    const loop = Object.keys(template.Resources).find((key) => key.startsWith(FOR_EACH));
    if (loop !== undefined) {
      throw new InputError(
        `${file.displayPath}: ${loop} needs the ${LANGUAGE_EXTENSIONS} transform, which the template does not declare`,
      );
    }
    return { definition, gaps: [] };
  }
  const expander = new Expander(definition, links);
  const resourceLines = new Map(file.resourceLines);
  const expanded: RawTemplate = Object.assign(newRecord(), template);
  for (const name of SECTIONS) {
    const section = expander.section(name, resourceLines);
    if (section !== undefined) expanded[name] = section;
  }
  const expandedFile: TemplateFile = { ...file, template: expanded, resourceLines };
  const reason = conditionMayComeFromLoop(template);
  if (reason !== undefined) markUnresolvedConditionLoop(expanded, reason);
  checkResources(expandedFile, expanded.Resources);
  return { definition: { ...definition, file: expandedFile }, gaps: expander.gaps };
}
