/**
 * CloudFormation YAML: every short-form tag (`!Ref`, `!GetAtt a.b`, `!Sub` ...)
 * becomes its long form, and each resource's line is taken from the parser's
 * event stream. js-yaml's event parser reads a 5,000-resource template about
 * ten times faster than building a full document tree, and its events carry the
 * source offsets the lines come from, so the text is parsed once.
 */
import {
  CORE_SCHEMA,
  EVENT_ID,
  YAMLException,
  constructFromEvents,
  defineMappingTag,
  defineScalarTag,
  defineSequenceTag,
  getScalarValue,
  parseEvents,
  type Event,
  type TagDefinition,
} from 'js-yaml';
import { InputError } from '../../errors.js';
import type { ParsedText } from './parsed.js';

const FUNCTION_TAGS = [
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'Equals',
  'Not',
  'And',
  'Or',
  'Length',
  'ToJsonString',
] as const;

function getAttFromString(value: string): unknown {
  const dot = value.indexOf('.');
  return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
}

/** One tag in scalar, sequence and mapping form, each converted by `toLong`. Load-only. */
function tagForms(tag: string, toLong: (value: unknown) => unknown): TagDefinition[] {
  const loadOnly = () => false;
  return [
    defineScalarTag(tag, { resolve: (source) => toLong(source), identify: loadOnly }),
    defineSequenceTag<unknown[], unknown>(tag, {
      create: () => [],
      addItem: (items, item) => {
        items.push(item);
      },
      finalize: (items) => toLong(items),
      identify: loadOnly,
    }),
    defineMappingTag<Record<string, unknown>, unknown>(tag, {
      create: () => ({}),
      addPair: (map, key, value) => {
        map[String(key)] = value;
        return '';
      },
      has: (map, key) => Object.hasOwn(map, String(key)),
      keys: () => [],
      get: () => undefined,
      finalize: (map) => toLong(map),
      identify: loadOnly,
    }),
  ];
}

/** YAML 1.2 core (no implicit timestamps: `expires: 2027-01-31` stays a string) plus CloudFormation's tags. */
const CLOUDFORMATION_SCHEMA = CORE_SCHEMA.withTags(
  ...tagForms('!Ref', (value) => ({ Ref: value })),
  ...tagForms('!Condition', (value) => ({ Condition: value })),
  ...tagForms('!GetAtt', (value) =>
    typeof value === 'string' ? getAttFromString(value) : { 'Fn::GetAtt': value },
  ),
  ...FUNCTION_TAGS.flatMap((name) => tagForms(`!${name}`, (value) => ({ [`Fn::${name}`]: value }))),
);

/** 1-based line of each offset, by binary search over the line starts. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

interface OpenCollection {
  isMap: boolean;
  /** In a map, children alternate key, value. */
  nextIsKey: boolean;
  lastKey?: string;
  /** This is the top-level `Resources` map: its keys are logical ids. */
  isResources: boolean;
}

/** The line of every key of the top-level `Resources` map, read off the events. */
function resourceLinesOf(events: readonly Event[], text: string): Map<string, number> {
  const lineOf = lineFinder(text);
  const lines = new Map<string, number>();
  const stack: OpenCollection[] = [];
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const parent = stack.at(-1);
    const isKey = parent?.isMap === true && parent.nextIsKey;
    if (parent?.isMap) parent.nextIsKey = !parent.nextIsKey;
    if (event.type === EVENT_ID.SCALAR && isKey && parent) {
      const key = getScalarValue(text, event);
      parent.lastKey = key;
      if (parent.isResources) lines.set(key, lineOf(event.valueStart));
      continue;
    }
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const isRootValue = stack.length === 1 && parent?.isMap === true && !isKey;
      stack.push({
        isMap: event.type === EVENT_ID.MAPPING,
        nextIsKey: true,
        isResources: isRootValue && event.type === EVENT_ID.MAPPING && parent.lastKey === 'Resources',
      });
    }
  }
  return lines;
}

export function parseYaml(text: string, file: string): ParsedText {
  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(text, { filename: file });
    documents = constructFromEvents(events, { source: text, filename: file, schema: CLOUDFORMATION_SCHEMA });
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? ` at line ${error.mark.line + 1}` : '';
      throw new InputError(`${file}: invalid YAML${line}: ${error.reason}`);
    }
    throw error;
  }
  if (documents.length > 1) {
    throw new InputError(`${file}: holds ${documents.length} YAML documents; a template is one`);
  }
  return { value: documents[0] ?? null, resourceLines: resourceLinesOf(events, text) };
}
