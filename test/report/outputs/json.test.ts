import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDINGS_SCHEMA_VERSION, type ScanResult } from '../../../src/engine/finding.js';
import { renderFindingsJson } from '../../../src/report/json.js';
import { PACKAGE_ROOT } from '../../../src/version.js';
import { HOSTILE_NAME, mixedScanResult } from './fixture.js';
import { validate } from './json-schema-subset.js';

const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'docs', 'findings.schema.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('renderFindingsJson', () => {
  const result = mixedScanResult();
  const text = renderFindingsJson(result);
  const parsed = JSON.parse(text) as ScanResult;

  it('validates against docs/findings.schema.json', () => {
    expect(validate(schema, parsed)).toEqual([]);
  });

  it('the schema rejects what it must: a bad status, a missing resource, SUPPRESSED without its justification', () => {
    const broken = structuredClone(parsed) as unknown as { findings: Record<string, unknown>[] };
    broken.findings[0]!.status = 'MAYBE';
    delete broken.findings[1]!.resource;
    const suppressed = broken.findings.find((finding) => finding.status === 'SUPPRESSED')!;
    delete suppressed.suppression;
    const errors = validate(schema, broken);
    expect(errors).toContainEqual(expect.stringContaining('$.findings[0].status'));
    expect(errors).toContainEqual('$.findings[1]: missing required resource');
    expect(errors.some((error) => error.includes('missing required suppression'))).toBe(true);
  });

  it('documents the schema version it emits', () => {
    expect(parsed.schemaVersion).toBe(FINDINGS_SCHEMA_VERSION);
    const doc = readFileSync(join(PACKAGE_ROOT, 'docs', 'findings-schema.md'), 'utf8');
    expect(doc).toContain(`"schemaVersion": "${FINDINGS_SCHEMA_VERSION}"`);
  });

  it('round-trips every finding unchanged', () => {
    expect(parsed.findings).toEqual(JSON.parse(JSON.stringify(result.findings)));
    expect(parsed.summary).toEqual(result.summary);
  });

  it('orders keys the same way whatever order they were built in', () => {
    const shuffled = JSON.parse(JSON.stringify(result), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as ScanResult;
    expect(renderFindingsJson(shuffled)).toBe(text);
    expect(Object.keys(parsed)).toEqual([
      'schemaVersion',
      'tool',
      'scan',
      'rules',
      'findings',
      'gaps',
      'summary',
    ]);
    expect(Object.keys(parsed.findings[0]!).slice(0, 4)).toEqual(['ruleId', 'title', 'status', 'severity']);
    expect(Object.keys(parsed.summary.byStatus)).toEqual([
      'FAIL',
      'UNKNOWN',
      'ERROR',
      'SUPPRESSED',
      'PASS',
      'NOT_APPLICABLE',
    ]);
  });

  it('keeps fields it does not know about, after the documented ones', () => {
    const extended = { ...result, extra: { b: 1, a: 2 } } as ScanResult;
    const keys = Object.keys(JSON.parse(renderFindingsJson(extended)) as object);
    expect(keys.at(-1)).toBe('extra');
  });

  it('is 2-space indented, ends with a newline, and keeps hostile names as JSON strings', () => {
    expect(text.startsWith('{\n  "schemaVersion"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('\u001b');
    expect(parsed.findings.some((finding) => finding.resource.name === HOSTILE_NAME)).toBe(true);
  });
});
