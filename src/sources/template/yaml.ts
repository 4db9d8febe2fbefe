/**
 * CloudFormation YAML: every short-form tag (`!Ref`, `!GetAtt a.b`, `!Sub` ...)
 * becomes its long form, and each resource's line is taken from the parse tree.
 */
import {
  isMap,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type CollectionTag,
  type ScalarTag,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
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

function collectionJs(node: YAMLMap.Parsed | YAMLSeq.Parsed): unknown {
  return node.toJSON();
}

function getAttFromString(value: string): unknown {
  const dot = value.indexOf('.');
  return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
}

/** One tag in scalar, sequence and mapping form, each converted by `toLong`. */
function tagForms(tag: string, toLong: (value: unknown) => unknown): (ScalarTag | CollectionTag)[] {
  return [
    { tag, resolve: (value: string) => toLong(value) },
    { tag, collection: 'seq', resolve: (node) => toLong(collectionJs(node)) },
    { tag, collection: 'map', resolve: (node) => toLong(collectionJs(node)) },
  ];
}

const CLOUDFORMATION_TAGS: (ScalarTag | CollectionTag)[] = [
  ...tagForms('!Ref', (value) => ({ Ref: value })),
  ...tagForms('!Condition', (value) => ({ Condition: value })),
  ...tagForms('!GetAtt', (value) =>
    typeof value === 'string' ? getAttFromString(value) : { 'Fn::GetAtt': value },
  ),
  ...FUNCTION_TAGS.flatMap((name) => tagForms(`!${name}`, (value) => ({ [`Fn::${name}`]: value }))),
];

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

/**
 * CloudFormation rejects duplicate keys. The yaml package's own `uniqueKeys`
 * compares every pair of keys of a map (quadratic: 40% of the parse of a
 * 5,000-resource template), so duplicates are found here with a Set per map.
 */
function assertUniqueKeys(doc: Document.Parsed, lineCounter: LineCounter, file: string): void {
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = pair.key.value;
        if (seen.has(key)) {
          const line = pair.key.range ? lineCounter.linePos(pair.key.range[0]).line : 0;
          throw new InputError(
            `${file}: invalid YAML at line ${line}: Map keys must be unique ("${String(key)}")`,
          );
        }
        seen.add(key);
      }
    },
  });
}

export function parseYaml(text: string, file: string): ParsedText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { customTags: CLOUDFORMATION_TAGS, lineCounter, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line ?? lineCounter.linePos(error.pos[0]).line;
    throw new InputError(`${file}: invalid YAML at line ${line}: ${firstLine(error.message)}`);
  }
  assertUniqueKeys(doc, lineCounter, file);
  const value: unknown = doc.toJS({ maxAliasCount: 10_000 });
  const resourceLines = new Map<string, number>();
  const root = doc.contents;
  if (isMap(root)) {
    const resources = root.get('Resources', true);
    if (isMap(resources)) {
      for (const pair of resources.items) {
        if (isScalar(pair.key) && pair.key.range) {
          resourceLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
        }
      }
    }
  }
  return { value, resourceLines };
}
