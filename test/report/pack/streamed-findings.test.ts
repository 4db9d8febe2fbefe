/**
 * A streamed organization scan (issue 8: memory stays bounded) spools each
 * account's findings to disk and keeps only a ReportSample. These tests hold
 * that the sample stays the same size however many accounts come, and that
 * everything written from the spool and the sample is what the whole list in
 * memory gives: findings.json byte for byte, the population CSV, the report's
 * view, the criteria coverage and the verdict.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countByStatus, type Finding, type ScanResult } from '../../../src/engine/finding.js';
import { renderCriteriaCoverage } from '../../../src/report/criteria/coverage.js';
import {
  buildReportView,
  DETAIL_ROW_LIMIT,
  DETAIL_ROWS_PER_CONTROL,
  PASSING_LIST_LIMIT,
} from '../../../src/report/html/view-model.js';
import { findingsJsonChunks, renderFindingsJson } from '../../../src/report/json.js';
import { populationCsvChunks, renderPopulationCsv } from '../../../src/report/pack/csv.js';
import { FindingSpool } from '../../../src/report/pack/finding-spool.js';
import { verdictOf } from '../../../src/report/verdict.js';
import { asffChunks, renderAsff } from '../../../src/report/asff.js';
import { findingList, type FindingSource } from '../../../src/report/finding-source.js';
import { junitChunks, renderJunit } from '../../../src/report/junit.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { ocsfChunks, renderOcsf } from '../../../src/report/ocsf.js';
import { renderSarif, sarifChunks } from '../../../src/report/sarif.js';
import { buildFixture } from '../../fixtures/findings/builder.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function spoolOf(): FindingSpool {
  const folder = mkdtempSync(join(tmpdir(), 'soc2-spool-test-'));
  folders.push(folder);
  return new FindingSpool(join(folder, 'findings.ndjson'));
}

/** The fixture's findings spread over `accounts` accounts, as an organization's scan hands them over. */
function accountsOf(result: ScanResult, accounts: number): Finding[][] {
  const batches: Finding[][] = Array.from({ length: accounts }, () => []);
  result.findings.forEach((finding, index) => {
    const account = String(100000000000 + (index % accounts));
    batches[index % accounts]!.push({ ...finding, resource: { ...finding.resource, account } });
  });
  return batches;
}

function streamed(whole: ScanResult, batches: Finding[][]): { spool: FindingSpool; result: ScanResult } {
  const spool = spoolOf();
  for (const batch of batches) spool.add(batch);
  const findings = spool.sample.findings();
  return {
    spool,
    result: { ...whole, findings, summary: { total: findings.length, byStatus: countByStatus(findings) } },
  };
}

describe.each([
  // Few exception rows: the report lists every one and every passing resource.
  { findings: 300, accounts: 3, mix: {} },
  // Thousands of exception rows: the report summarises, and the sample keeps only what it prints.
  // (about 2,400 of 3,000, above the 2,000-row detail limit.)
  { findings: 3_000, accounts: 12, mix: { FAIL: 0.7, UNKNOWN: 0.06, SUPPRESSED: 0.04 } },
])('a streamed scan of $findings findings over $accounts accounts', ({ findings, accounts, mix }) => {
  const fixture = buildFixture({ findings, hostile: true, mix });
  const batches = accountsOf(fixture, accounts);
  const whole: ScanResult = { ...fixture, findings: batches.flat() };

  it('writes findings.json and the population CSV from the spool exactly as from the whole list', () => {
    const { spool, result } = streamed(whole, batches);
    expect(result.summary).toEqual({ total: findings, byStatus: countByStatus(whole.findings) });
    expect([...findingsJsonChunks(result, spool.read())].join('')).toBe(renderFindingsJson(whole));
    expect([...populationCsvChunks(spool)].join('')).toBe(renderPopulationCsv(whole));
  });

  it('writes SARIF, JUnit, OCSF, ASFF and summary.md from the spool byte for byte as from the whole list', () => {
    const { spool, result } = streamed(whole, batches);
    const joined = (chunks: Iterable<string>) => [...chunks].join('');
    expect(joined(sarifChunks(result, { srcRoot: '/repo' }, spool))).toBe(
      renderSarif(whole, { srcRoot: '/repo' }),
    );
    expect(joined(junitChunks(result, spool))).toBe(renderJunit(whole));
    expect(joined(ocsfChunks(result, spool))).toBe(renderOcsf(whole));
    expect(joined(asffChunks(result, spool))).toBe(renderAsff(whole));
    expect(renderMarkdown(result, {}, spool)).toBe(renderMarkdown(whole));
  });

  it('gives the same report, criteria coverage and verdict as the whole list', () => {
    const exceptionRows = whole.findings.filter(
      (finding) => !['PASS', 'NOT_APPLICABLE'].includes(finding.status),
    );
    // The second case is the one where the report summarises.
    expect(exceptionRows.length > DETAIL_ROW_LIMIT).toBe(findings > 300);
    const { result } = streamed(whole, batches);
    const options = { generatedAt: new Date('2026-12-01T00:00:00Z'), ruleHashes: [] };
    expect(buildReportView(result, options)).toEqual(buildReportView(whole, options));
    expect(renderCriteriaCoverage(result)).toBe(renderCriteriaCoverage(whole));
    for (const failOn of ['critical', 'high', 'medium', 'low'] as const)
      expect(verdictOf(result, { failOn, failOnUnknown: true })).toEqual(
        verdictOf(whole, { failOn, failOnUnknown: true }),
      );
  });
});

describe('the memory of a streamed scan', () => {
  it('writes each account before the next comes, and holds no more findings for 40 accounts than for 10', () => {
    const fixture = buildFixture({ findings: 40_000, mix: { FAIL: 0.2, UNKNOWN: 0.02 } });
    const batches = accountsOf(fixture, 40);
    const spool = spoolOf();
    const held: number[] = [];
    let linesBefore = 0;
    for (const batch of batches) {
      spool.add(batch);
      // On disk as soon as add() returns: nothing of this account waits in memory for the next.
      const lines = [...spool.lines()].length;
      expect(lines - linesBefore).toBe(batch.length);
      linesBefore = lines;
      held.push(spool.sample.held);
    }
    expect(spool.count).toBe(40_000);
    const rules = new Set(fixture.findings.map((finding) => finding.ruleId)).size;
    // Until the report summarises it lists every exception row (at most DETAIL_ROW_LIMIT + 1 held) and up to
    // PASSING_LIST_LIMIT + 1 passing names per control; one finding stands for each other status.
    expect(Math.max(...held)).toBeLessThanOrEqual(
      DETAIL_ROW_LIMIT + 1 + rules * (PASSING_LIST_LIMIT + 1 + 6),
    );
    // Once it summarises (8,000 FAIL rows went in), each control keeps the rows it prints and no more, however many accounts follow.
    const summarised = rules * (2 * DETAIL_ROWS_PER_CONTROL + 1 + 6);
    expect(Math.max(...held.slice(20))).toBeLessThanOrEqual(summarised);
    expect(summarised).toBeLessThan(batches[0]!.length);
    expect(spool.sample.findings()).toHaveLength(40_000);
  });
});

/**
 * A source that counts the findings alive at once: each is a fresh object,
 * counted from when it is read until the renderer asks for the next one after
 * it. A renderer that kept findings would still have to read them all before
 * writing its first result; these write as they read.
 */
function countingSource(findings: readonly Finding[]): FindingSource & { read: () => number } {
  let read = 0;
  const fresh = function* (list: readonly Finding[]): Generator<Finding> {
    for (const finding of list) {
      read += 1;
      yield structuredClone(finding);
    }
  };
  const list = findingList(findings);
  return {
    all: () => fresh(findings),
    byRule: () => new Map([...list.byRule()].map(([ruleId, group]) => [ruleId, () => fresh([...group()])])),
    read: () => read,
  };
}

describe('the streamed renderers', () => {
  const fixture = buildFixture({ findings: 5_000, hostile: true, mix: { FAIL: 0.5, ERROR: 0 } });

  const whole = {
    SARIF: () => renderSarif(fixture, { srcRoot: '/repo' }),
    OCSF: () => renderOcsf(fixture),
    ASFF: () => renderAsff(fixture),
  };

  it.each([
    ['SARIF', (source: FindingSource) => sarifChunks(fixture, { srcRoot: '/repo' }, source), '"results": ['],
    ['OCSF', (source: FindingSource) => ocsfChunks(fixture, source), '"class_uid": 2004'],
    ['ASFF', (source: FindingSource) => asffChunks(fixture, source), '"SchemaVersion"'],
  ] as const)('%s writes its first result before it has read every finding', (name, render, marker) => {
    const source = countingSource(fixture.findings);
    const chunks = render(source);
    let text = '';
    let next = chunks.next();
    // Up to the end of the first result (or event) written.
    while (!next.done && !(text.includes(marker) && /[}\]]$/.test(next.value))) {
      text += next.value;
      next = chunks.next();
    }
    expect(next.done).toBe(false);
    // SARIF first looks through every finding for rule errors (none here), then starts its results.
    const lookedThrough = name === 'SARIF' ? fixture.findings.length : 0;
    expect(source.read()).toBeLessThanOrEqual(lookedThrough + 2);
    // The rest, written, makes the whole rendering.
    for (; !next.done; next = chunks.next()) text += next.value;
    expect(text).toBe(whole[name]());
    expect(source.read()).toBe(fixture.findings.length + lookedThrough);
  });

  it('JUnit writes the testcases of a rule before it has read those of the next', () => {
    const source = countingSource(fixture.findings);
    const chunks = junitChunks(fixture, source);
    let text = '';
    let next = chunks.next();
    for (; !next.done && !text.includes('<testcase'); next = chunks.next()) text += next.value;
    // Grouped by rule (in memory here), one pass to count each suite, then the first testcases.
    expect(source.read()).toBeLessThanOrEqual(fixture.findings.length + 2);
    for (; !next.done; next = chunks.next()) text += next.value;
    expect(text).toBe(renderJunit(fixture));
  });
});
