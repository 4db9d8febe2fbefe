/**
 * SARIF, JUnit, OCSF and ASFF of a snapshot replay: the dates that say when a
 * finding was observed are the recording's (per account and region), and the
 * replay time appears only where a format dates the tool's run, beside the
 * recording dates.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/engine/finding.js';
import { renderAsff } from '../../../src/report/asff.js';
import { findingTimes } from '../../../src/report/evidence-time.js';
import { renderOcsf } from '../../../src/report/ocsf.js';
import { runCli } from '../../cli/capture.js';
import { SAMPLE_CREDENTIAL_REPORT_AT, SAMPLE_SCANNED_AT } from '../../support/make-sample-snapshot.js';
import { mixedScanResult } from './fixture.js';
import { validateSarif } from './sarif-validator.js';
import { parseXml } from './xml-check.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('a replay of the sample snapshot, through the CLI', () => {
  let out: string;
  let result: ScanResult;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'soc2-interchange-dates-'));
    const run = await runCli(['scan', '--sample', '--out', out, '-f', 'json,sarif,junit,ocsf,asff'], out);
    const pack = /^Evidence pack: (.+)$/m.exec(run.stdout)![1]!;
    for (const name of [
      'findings.json',
      'results.sarif',
      'junit.xml',
      'findings.ocsf.json',
      'findings.asff.json',
    ])
      files[name] = await readFile(join(pack, name), 'utf8');
    result = JSON.parse(files['findings.json']!) as ScanResult;
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('is evaluated after it was recorded (what makes the two dates tell apart)', () => {
    expect(result.scan.source).toBe('snapshot');
    expect(Date.parse(result.scan.startedAt)).toBeGreaterThan(Date.parse(SAMPLE_SCANNED_AT));
  });

  it('OCSF: time and seen times are the recording, created_time the evaluation', () => {
    const events = JSON.parse(files['findings.ocsf.json']!) as Json[];
    expect(events).toHaveLength(result.findings.length);
    for (const event of events) {
      expect(event.time_dt).toBe(SAMPLE_SCANNED_AT);
      expect(event.time).toBe(Date.parse(SAMPLE_SCANNED_AT));
      expect(event.finding_info.first_seen_time_dt).toBe(SAMPLE_SCANNED_AT);
      expect(event.finding_info.last_seen_time_dt).toBe(SAMPLE_SCANNED_AT);
      expect(event.finding_info.created_time_dt).toBe(new Date(result.scan.startedAt).toISOString());
    }
  });

  it('ASFF: FirstObservedAt/LastObservedAt are the recording, CreatedAt when the rules ran', () => {
    const findings = JSON.parse(files['findings.asff.json']!) as Json[];
    expect(findings).toHaveLength(result.findings.length);
    for (const finding of findings) {
      expect(finding.FirstObservedAt).toBe(SAMPLE_SCANNED_AT);
      expect(finding.LastObservedAt).toBe(SAMPLE_SCANNED_AT);
      expect(finding.CreatedAt).toBe(new Date(result.scan.startedAt).toISOString());
    }
  });

  it('SARIF: the invocation is the evaluation; the run and every result say when the facts were recorded', async () => {
    const log = JSON.parse(files['results.sarif']!) as Sarif.Log;
    const run = log.runs[0]!;
    expect(run.invocations![0]!.startTimeUtc).toBe(result.scan.startedAt);
    expect(run.properties!.evaluatedAt).toBe(result.scan.startedAt);
    expect(run.properties!.evidenceDates).toEqual(result.scan.evidenceDates);
    expect(run.results!.length).toBeGreaterThan(0);
    for (const item of run.results!) expect(item.properties!.factsRecorded).toBe(SAMPLE_SCANNED_AT);
    const problems = await validateSarif(files['results.sarif']!);
    expect(problems.filter((problem) => problem.level === 'error')).toEqual([]);
  }, 60_000);

  it('JUnit: each suite names the evaluation and the recording, each failure its facts date', () => {
    const root = parseXml(files['junit.xml']!);
    const suites = root.children.filter((child) => child.name === 'testsuite');
    expect(suites.length).toBeGreaterThan(0);
    for (const suite of suites) {
      expect(suite.attributes.timestamp).toBe(result.scan.startedAt);
      const properties = suite.children
        .find((child) => child.name === 'properties')!
        .children.filter((child) => child.name === 'property')
        .map((property) => `${property.attributes.name}=${property.attributes.value}`);
      expect(properties).toContain(`evaluated-at=${result.scan.startedAt}`);
      expect(properties).toContain(`facts-recorded=123456789012 eu-west-1: ${SAMPLE_SCANNED_AT}`);
      expect(properties).toContain(`facts-recorded=123456789012 us-east-1: ${SAMPLE_SCANNED_AT}`);
      expect(properties).toContain(
        `older-fact=iam:GetCredentialReport 123456789012 us-east-1: ${SAMPLE_CREDENTIAL_REPORT_AT}`,
      );
    }
    expect(files['junit.xml']).toContain(
      `facts recorded: ${SAMPLE_SCANNED_AT}; evaluated at ${result.scan.startedAt}`,
    );
  });
});

describe('each finding takes the recording window of its own account and region', () => {
  const usEast = { from: '2026-05-30T06:00:00.000Z', to: '2026-05-30T06:02:00.000Z' };
  const euWest = { from: '2026-05-30T06:03:00.000Z', to: '2026-05-30T06:09:30.000Z' };
  const base = mixedScanResult();
  const result: ScanResult = {
    ...base,
    scan: {
      ...base.scan,
      source: 'snapshot',
      evidenceDates: {
        recorded: [
          { account: '111122223333', region: 'eu-west-1', ...euWest },
          { account: '111122223333', region: 'us-east-1', ...usEast },
        ],
        olderFacts: [],
      },
    },
  };
  const ocsf = JSON.parse(renderOcsf(result)) as Json[];
  const asff = JSON.parse(renderAsff(result)) as Json[];
  const indexOf = (predicate: (finding: ScanResult['findings'][number]) => boolean): number => {
    const index = result.findings.findIndex(predicate);
    if (index < 0) throw new Error('no such finding');
    return index;
  };

  it('eu-west-1 and us-east-1 findings are dated by their own region', () => {
    for (const [region, window] of [
      ['eu-west-1', euWest],
      ['us-east-1', usEast],
    ] as const) {
      const index = indexOf((finding) => finding.resource.region === region);
      expect(ocsf[index]!.finding_info.first_seen_time_dt).toBe(window.from);
      expect(ocsf[index]!.time_dt).toBe(window.to);
      expect(asff[index]!.FirstObservedAt).toBe(window.from);
      expect(asff[index]!.LastObservedAt).toBe(window.to);
    }
  });

  it('a finding with no region takes the whole recording, never the evaluation time', () => {
    const index = indexOf((finding) => finding.resource.region === undefined);
    expect(ocsf[index]!.finding_info.first_seen_time_dt).toBe(usEast.from);
    expect(ocsf[index]!.time_dt).toBe(euWest.to);
    expect(asff[index]!.CreatedAt).toBe(new Date(result.scan.startedAt).toISOString());
  });

  it('a template scan has no recording: its files were read while the rules ran', () => {
    const template = { ...base.scan, source: 'template' as const, evidenceDates: undefined };
    expect(findingTimes(base.findings[0], template)).toEqual({
      observedFrom: base.scan.startedAt,
      observedTo: base.scan.finishedAt,
      evaluatedAt: base.scan.startedAt,
    });
  });
});
