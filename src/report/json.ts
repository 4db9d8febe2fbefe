/**
 * findings.json: the ScanResult as documented in docs/findings-schema.md.
 * Key order is stable (documented fields first in schema order, any other
 * field after them alphabetically; free-form maps such as evidence sorted), so
 * two scans of the same input diff cleanly and hash the same.
 */
import type { ScanResult } from '../engine/finding.js';
import { STATUSES } from '../engine/finding.js';

/** A node's preferred key order and how its children are ordered. */
interface Shape {
  keys?: readonly string[];
  children?: Record<string, Shape>;
  /** Shape of each element when the node is an array. */
  items?: Shape;
  /** Free-form map: every key sorted, recursively. */
  sorted?: boolean;
}

const SORTED: Shape = { sorted: true };

const SUPPRESSION: Shape = { keys: ['justification', 'expires', 'source', 'matchedId', 'originalStatus'] };

const RESOURCE: Shape = {
  keys: [
    'type',
    'id',
    'name',
    'arn',
    'account',
    'region',
    'logicalId',
    'stack',
    'cfnType',
    'file',
    'line',
    'cdkPath',
    'source',
    'condition',
  ],
  children: { source: { keys: ['file', 'line', 'column'] } },
};

const FINDING: Shape = {
  keys: [
    'ruleId',
    'title',
    'status',
    'severity',
    'controls',
    'resource',
    'message',
    'evidence',
    'suppression',
    'expiredSuppression',
  ],
  children: {
    resource: RESOURCE,
    evidence: SORTED,
    suppression: SUPPRESSION,
    expiredSuppression: SUPPRESSION,
  },
};

const RULE: Shape = {
  keys: [
    'id',
    'title',
    'severity',
    'criteria',
    'appliesTo',
    'rationale',
    'remediation',
    'equivalents',
    'sourceSha256',
  ],
  children: {
    remediation: { keys: ['summary', 'cloudformation', 'cdk', 'cli'] },
    equivalents: { keys: ['checkov', 'cfnNag', 'guard', 'cdkNag', 'prowler'] },
  },
};

const SCAN_RESULT: Shape = {
  keys: [
    'schemaVersion',
    'tool',
    'scan',
    'rules',
    'findings',
    'gaps',
    'brokenInputs',
    'unusedSuppressions',
    'summary',
  ],
  children: {
    tool: { keys: ['name', 'version', 'rulesVersion'] },
    scan: {
      keys: [
        'source',
        'scope',
        'startedAt',
        'finishedAt',
        'parameters',
        'accounts',
        'regions',
        'callerIdentity',
        'dataSources',
        'evidenceDates',
      ],
      children: {
        parameters: SORTED,
        callerIdentity: { keys: ['account', 'arn', 'userId'] },
        evidenceDates: {
          keys: ['recorded', 'olderFacts'],
          children: {
            recorded: { items: { keys: ['account', 'region', 'from', 'to'] } },
            olderFacts: { items: { keys: ['fact', 'action', 'account', 'region', 'asOf'] } },
          },
        },
      },
    },
    rules: { items: RULE },
    findings: { items: FINDING },
    gaps: { items: { keys: ['resourceType', 'account', 'region', 'action', 'reason'] } },
    brokenInputs: { items: { keys: ['file', 'line', 'column', 'reason'] } },
    unusedSuppressions: { items: { keys: ['id', 'source', 'resource', 'file', 'line', 'reason'] } },
    summary: { keys: ['total', 'byStatus'], children: { byStatus: { keys: STATUSES } } },
  },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childShape(shape: Shape | undefined, key: string): Shape | undefined {
  return shape?.sorted ? SORTED : shape?.children?.[key];
}

const NO_RANKS = new Map<string, number>();
const ranksByShape = new WeakMap<Shape, Map<string, number>>();

/** Each preferred key of the shape and its place. */
function ranksOf(shape: Shape | undefined): Map<string, number> {
  if (shape?.keys === undefined || shape.sorted) return NO_RANKS;
  let ranks = ranksByShape.get(shape);
  if (ranks === undefined) {
    ranks = new Map(shape.keys.map((key, index) => [key, index]));
    ranksByShape.set(shape, ranks);
  }
  return ranks;
}

/**
 * Whether JSON.stringify writes the object's keys in the order `reordered`
 * would put them: the shape's preferred keys in order, then the others sorted
 * (as Array.prototype.sort compares strings). Keys holding undefined are left
 * out by both. Anything JSON.stringify might read differently from a plain
 * copy (another prototype, such as a Date's; a __proto__ or toJSON key) is not.
 */
function inWrittenOrder(
  value: Record<string, unknown>,
  keys: readonly string[],
  shape: Shape | undefined,
): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const ranks = ranksOf(shape);
  let lastRank = -1;
  let lastOther: string | undefined;
  for (const key of keys) {
    if (value[key] === undefined) continue;
    if (key === '__proto__' || key === 'toJSON') return false;
    const rank = ranks.get(key);
    if (rank !== undefined) {
      if (lastOther !== undefined || rank < lastRank) return false;
      lastRank = rank;
    } else {
      if (lastOther !== undefined && !(lastOther < key)) return false;
      lastOther = key;
    }
  }
  return true;
}

/** A plain copy of the object with its keys in the shape's order, undefined ones left out. */
function reordered(value: Record<string, unknown>, shape: Shape | undefined): Record<string, unknown> {
  const preferred = shape?.sorted ? [] : (shape?.keys ?? []);
  const rest = Object.keys(value)
    .filter((key) => !preferred.includes(key))
    .sort();
  const out: Record<string, unknown> = {};
  for (const key of [...preferred, ...rest]) {
    if (!(key in value) || value[key] === undefined) continue;
    out[key] = ordered(value[key], childShape(shape, key));
  }
  return out;
}

/**
 * The value as JSON.stringify should see it to write every object's keys in
 * the shape's order. Copy on write: an object or array that would be written
 * the same as its ordered copy is returned as it is, so the findings of a
 * large scan (built in schema order) are not copied just to be written.
 */
function ordered(value: unknown, shape: Shape | undefined): unknown {
  if (Array.isArray(value)) {
    const itemShape = shape?.items ?? (shape?.sorted ? SORTED : undefined);
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      const written = ordered(item, itemShape);
      if (written !== item) (copy ??= value.slice())[index] = written;
    }
    return copy ?? value;
  }
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  if (!inWrittenOrder(value, keys, shape)) return reordered(value, shape);
  let copy: Record<string, unknown> | undefined;
  for (const key of keys) {
    const item = value[key];
    if (item === undefined) continue;
    const written = ordered(item, childShape(shape, key));
    if (written !== item) (copy ??= { ...value })[key] = written;
  }
  return copy ?? value;
}

export function renderFindingsJson(result: ScanResult): string {
  return `${JSON.stringify(ordered(result, SCAN_RESULT), null, 2)}\n`;
}

const FINDINGS_PLACEHOLDER = '\u0000findings\u0000';

/**
 * findings.json in pieces, byte for byte what renderFindingsJson returns:
 * the findings are serialised one at a time, so a scan of any size is written
 * without building one string beyond the engine's string length limit.
 */
export function* findingsJsonChunks(
  result: ScanResult,
  /** The findings to write, when they are streamed from disk rather than `result.findings` (which then only counts them). */
  findings: Iterable<ScanResult['findings'][number]> = result.findings,
): Generator<string> {
  if (result.findings.length === 0) {
    yield renderFindingsJson(result);
    return;
  }
  const frame = renderFindingsJson({
    ...result,
    findings: [FINDINGS_PLACEHOLDER as unknown as ScanResult['findings'][number]],
  });
  const marker = `    ${JSON.stringify(FINDINGS_PLACEHOLDER)}`;
  const at = frame.indexOf(marker);
  yield frame.slice(0, at);
  const shape = SCAN_RESULT.children!.findings!.items;
  let index = 0;
  for (const finding of findings) {
    const text = JSON.stringify(ordered(finding, shape), null, 2).replace(/\n/g, '\n    ');
    yield index === 0 ? `    ${text}` : `,\n    ${text}`;
    index += 1;
  }
  yield frame.slice(at + marker.length);
}
