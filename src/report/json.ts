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

function ordered(value: unknown, shape: Shape | undefined): unknown {
  if (Array.isArray(value))
    return value.map((item) => ordered(item, shape?.items ?? (shape?.sorted ? SORTED : undefined)));
  if (!isPlainObject(value)) return value;
  const preferred = shape?.sorted ? [] : (shape?.keys ?? []);
  const rest = Object.keys(value)
    .filter((key) => !preferred.includes(key))
    .sort();
  const out: Record<string, unknown> = {};
  for (const key of [...preferred, ...rest]) {
    if (!(key in value) || value[key] === undefined) continue;
    out[key] = ordered(value[key], shape?.sorted ? SORTED : shape?.children?.[key]);
  }
  return out;
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
