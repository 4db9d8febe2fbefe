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
  SCALAR_STYLE,
  YAMLException,
  constructFromEvents,
  defineMappingTag,
  defineScalarTag,
  defineSequenceTag,
  getScalarValue,
  type Event,
  type TagDefinition,
} from 'js-yaml';
import { InputError } from '../../errors.js';
import { parseTemplateEvents } from './flow-indentation.js';
import { LineIndex, MAX_ALIAS_NODES, MAX_DEPTH, MAX_YAML_CHARS, formatCount } from './limits.js';
import type { ParsedText } from './parsed.js';
import { isRainDirective, rainDirectiveError } from './preprocessor.js';
import { newRecord, singleKey } from './records.js';

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
  // The Rules section's functions.
  'Contains',
  'EachMemberEquals',
  'EachMemberIn',
  'RefAll',
  'ValueOf',
  'ValueOfAll',
] as const;

function getAttFromString(value: string): unknown {
  const dot = value.indexOf('.');
  return singleKey('Fn::GetAtt', dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)]);
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
      create: () => newRecord(),
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

/** Plain mappings without a prototype: a `__proto__` or `constructor` key is data. */
const NULL_PROTOTYPE_MAP = defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
  create: () => newRecord(),
  addPair: (map, key, value) => {
    if (key !== null && typeof key === 'object') return 'a mapping key must be a scalar';
    map[String(key)] = value;
    return '';
  },
  has: (map, key) => (key === null || typeof key !== 'object') && Object.hasOwn(map, String(key)),
  keys: (map) => Object.keys(map),
  get: (map, key) => (Object.hasOwn(map, String(key)) ? map[String(key)] : null),
  identify: () => false,
});

/** YAML 1.2 core (no implicit timestamps: `expires: 2027-01-31` stays a string) plus CloudFormation's tags. */
const CLOUDFORMATION_SCHEMA = CORE_SCHEMA.withTags(
  NULL_PROTOTYPE_MAP,
  ...tagForms('!Ref', (value) => singleKey('Ref', value)),
  ...tagForms('!Condition', (value) => singleKey('Condition', value)),
  ...tagForms('!GetAtt', (value) =>
    typeof value === 'string' ? getAttFromString(value) : singleKey('Fn::GetAtt', value),
  ),
  ...FUNCTION_TAGS.flatMap((name) => tagForms(`!${name}`, (value) => singleKey(`Fn::${name}`, value))),
);

interface OpenCollection {
  isMap: boolean;
  /** In a map, children alternate key, value. */
  nextIsKey: boolean;
  lastKey?: string;
  /** This is the top-level `Resources` map: its keys are logical ids. */
  isResources: boolean;
  /** The anchor this collection defines, if any. */
  anchor?: string;
  /** Nodes in this collection once its aliases are expanded, itself included. */
  size: number;
  /** Depth below this collection once its aliases are expanded (0: only scalars inside). */
  height: number;
}

interface Anchored {
  size: number;
  height: number;
}

const NO_RANGE = -1;

/**
 * One pass over the events, before anything is built: the line of every key
 * of the top-level `Resources` map, Rain directives, merge keys (`<<`, which
 * CloudFormation rejects and js-yaml's core schema would keep as a plain key), and what aliases would
 * expand to. js-yaml shares an aliased node rather than copying it, but every
 * walk of the template visits it once per alias: a "billion laughs" document,
 * or an alias inside its own anchor (a cycle), is refused here.
 */
function walkEvents(
  events: readonly Event[],
  text: string,
  file: string,
  lines: LineIndex,
): Map<string, number> {
  const resourceLines = new Map<string, number>();
  const stack: OpenCollection[] = [];
  const anchors = new Map<string, Anchored>();
  const openAnchors = new Set<string>();
  let aliasNodes = 0;
  const fail = (offset: number, message: string): never => {
    throw new InputError(`${file}: invalid YAML at line ${lines.line(offset)}: ${message}`);
  };
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    if (event.type === EVENT_ID.POP) {
      const closed = stack.pop();
      if (!closed) continue;
      if (closed.anchor !== undefined) {
        anchors.set(closed.anchor, { size: closed.size, height: closed.height });
        openAnchors.delete(closed.anchor);
      }
      const parent = stack.at(-1);
      if (parent) {
        parent.size += closed.size;
        parent.height = Math.max(parent.height, closed.height + 1);
      }
      continue;
    }
    const parent = stack.at(-1);
    const isKey = parent?.isMap === true && parent.nextIsKey;
    if (parent?.isMap) parent.nextIsKey = !parent.nextIsKey;
    if (event.type === EVENT_ID.ALIAS) {
      const name = text.slice(event.anchorStart, event.anchorEnd);
      if (openAnchors.has(name)) fail(event.anchorStart, `alias *${name} is inside its own anchor`);
      const anchored = anchors.get(name);
      if (!anchored) continue; // the constructor reports the unknown alias
      aliasNodes += anchored.size;
      if (aliasNodes > MAX_ALIAS_NODES) {
        fail(
          event.anchorStart,
          `aliases expand to more than ${formatCount(MAX_ALIAS_NODES)} nodes (the limit); the document is refused`,
        );
      }
      if (stack.length + anchored.height > MAX_DEPTH) {
        fail(event.anchorStart, `alias *${name} nests deeper than ${MAX_DEPTH} levels (the limit)`);
      }
      if (parent) {
        parent.size += anchored.size;
        parent.height = Math.max(parent.height, anchored.height + 1);
      }
      continue;
    }
    if (event.tagStart !== NO_RANGE) {
      const tag = text.slice(event.tagStart, event.tagEnd);
      if (isRainDirective(tag)) throw rainDirectiveError(file, tag, lines.line(event.tagStart));
    }
    const anchor =
      event.anchorStart === NO_RANGE ? undefined : text.slice(event.anchorStart, event.anchorEnd);
    if (event.type === EVENT_ID.SCALAR) {
      if (anchor !== undefined) anchors.set(anchor, { size: 1, height: 0 });
      if (parent) parent.size += 1;
      if (!isKey || !parent) continue;
      const key = getScalarValue(text, event);
      parent.lastKey = key;
      if (key === '<<' && event.style === SCALAR_STYLE.PLAIN && event.tagStart === NO_RANGE) {
        fail(
          event.valueStart,
          'a YAML merge key (<<) is not supported by CloudFormation, which would reject the template; write the keys out',
        );
      }
      if (isRainDirective(key)) throw rainDirectiveError(file, key, lines.line(event.valueStart));
      if (parent.isResources) resourceLines.set(key, lines.line(event.valueStart));
      continue;
    }
    const isRootValue = stack.length === 1 && parent?.isMap === true && !isKey;
    if (anchor !== undefined) openAnchors.add(anchor);
    stack.push({
      isMap: event.type === EVENT_ID.MAPPING,
      nextIsKey: true,
      isResources: isRootValue && event.type === EVENT_ID.MAPPING && parent.lastKey === 'Resources',
      anchor,
      size: 1,
      height: 0,
    });
  }
  return resourceLines;
}

export function parseYaml(text: string, file: string): ParsedText {
  if (text.length > MAX_YAML_CHARS) {
    throw new InputError(
      `${file}: is larger than the ${formatCount(MAX_YAML_CHARS)}-character limit for YAML templates`,
    );
  }
  let documents: unknown[];
  let resourceLines: Map<string, number>;
  try {
    // The text js-yaml read: the template's own, or with flow collections' lines indented (same lines).
    const { events, text: source } = parseTemplateEvents(text, file);
    resourceLines = walkEvents(events, source, file, new LineIndex(source));
    documents = constructFromEvents(events, { source, filename: file, schema: CLOUDFORMATION_SCHEMA });
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
  return { value: documents[0] ?? null, resourceLines };
}
