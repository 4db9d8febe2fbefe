/**
 * "What changed since last night" for a streamed organization scan (issue 8:
 * memory stays bounded): the previous run's findings.json is read one finding
 * at a time, twice, and tonight's findings come from the spool. The changes are
 * those compareFindings gives with both runs whole in memory, for a
 * findings.json as the pack writes it (two-space indented, read line by line)
 * and for any other layout (read token by token), and a broken file is refused
 * as readFindingsFile refuses it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareFindings } from '../../../src/engine/changes.js';
import type { Finding, ScanResult, Status } from '../../../src/engine/finding.js';
import { renderFindingsJson } from '../../../src/report/json.js';
import { FindingSpool } from '../../../src/report/pack/finding-spool.js';
import { readFindingsFile, streamFindingsFile } from '../../../src/report/pack/findings-file.js';
import { streamedBaseline } from '../../../src/report/pack/previous.js';
import { buildFixture } from '../../fixtures/findings/builder.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const made = mkdtempSync(join(tmpdir(), 'soc2-baseline-test-'));
  folders.push(made);
  return made;
}

const STATUSES: Status[] = ['PASS', 'FAIL', 'UNKNOWN', 'ERROR', 'SUPPRESSED', 'NOT_APPLICABLE'];

/** Last night: the fixture with some resources gone, some statuses moved and one resource listed twice. */
function lastNight(tonight: ScanResult): ScanResult {
  const findings: Finding[] = [];
  tonight.findings.forEach((finding, index) => {
    if (index % 13 === 0) return;
    const status = index % 5 === 0 ? STATUSES[(index / 5) % STATUSES.length]! : finding.status;
    findings.push({ ...finding, status });
    if (index % 17 === 0)
      findings.push({ ...finding, resource: { ...finding.resource, id: `gone-${index}` } });
  });
  findings.push({ ...findings[3]!, status: 'FAIL' });
  return { ...tonight, scan: { ...tonight.scan, startedAt: '2026-11-30T03:00:00.000Z' }, findings };
}

describe('comparing a streamed scan with the previous findings.json', () => {
  const tonight = buildFixture({ findings: 4_000, hostile: true });
  const previous = lastNight(tonight);
  const expected = compareFindings(previous.findings, tonight.findings, {
    startedAt: previous.scan.startedAt,
    source: 'findings.json',
  });

  it.each([
    ['as the pack writes it', (result: ScanResult) => renderFindingsJson(result)],
    ['on one line', (result: ScanResult) => JSON.stringify(result)],
    ['four-space indented', (result: ScanResult) => JSON.stringify(result, null, 4)],
  ])('finds the same changes in a findings.json %s', (_layout, write) => {
    const dir = folder();
    const file = join(dir, 'findings.json');
    writeFileSync(file, write(previous));
    const spool = new FindingSpool(join(dir, 'findings.ndjson'));
    try {
      for (let at = 0; at < tonight.findings.length; at += 1000)
        spool.add(tonight.findings.slice(at, at + 1000));
      const baseline = streamedBaseline(file);
      const changes = compareFindings(baseline.findings, spool.read(), {
        startedAt: '',
        source: 'findings.json',
      });
      expect({ ...changes, baseline: { ...changes.baseline, startedAt: baseline.scan().startedAt } }).toEqual(
        expected,
      );
      expect(expected.counts.newFailures + expected.counts.resolved).toBeGreaterThan(100);
    } finally {
      spool.close();
    }
  });

  it('reads every finding and field the whole file holds', async () => {
    const file = join(folder(), 'findings.json');
    writeFileSync(file, renderFindingsJson(previous));
    const whole = (await readFindingsFile(file)).result;
    let rest: ScanResult | undefined;
    const findings = [...streamFindingsFile(file, (result) => (rest = result))];
    expect({ ...rest!, findings }).toEqual(whole);
  });

  it('reads a findings.json with no findings, whatever its layout', () => {
    const empty = { ...previous, findings: [] };
    for (const text of [renderFindingsJson(empty), JSON.stringify(empty)]) {
      const file = join(folder(), 'findings.json');
      writeFileSync(file, text);
      let rest: ScanResult | undefined;
      expect([...streamFindingsFile(file, (result) => (rest = result))]).toEqual([]);
      expect(rest!.scan.startedAt).toBe(previous.scan.startedAt);
    }
  });

  it.each([
    ['as the pack writes it', renderFindingsJson],
    ['on one line', (result: ScanResult) => JSON.stringify(result)],
  ])('refuses a broken findings.json %s as readFindingsFile does', async (_layout, write) => {
    const dir = folder();
    const cases: [string, string][] = [
      ['cut short', write(previous).slice(0, 5_000)],
      ['cut short in its findings', write(previous).slice(0, 600_000)],
      ['cut short after its findings', write(previous).slice(0, -3)],
      [
        'a finding without its resource id',
        write({
          ...previous,
          findings: [
            previous.findings[0]!,
            { ...previous.findings[1]!, resource: { type: 'x' } } as unknown as Finding,
          ],
        }),
      ],
      ['an unsupported schema', write({ ...previous, schemaVersion: '2.0' as '1.0' })],
    ];
    for (const [name, text] of cases) {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, text);
      const refusal = await readFindingsFile(file).then(
        () => undefined,
        (error: Error) => error.message,
      );
      expect(refusal, name).toBeDefined();
      // Cut short, the two parsers word the JSON error differently.
      const expected = name.startsWith('cut short') ? `${file}: not valid JSON` : refusal!;
      expect(() => [...streamFindingsFile(file)], name).toThrow(expected);
    }
  });
});
