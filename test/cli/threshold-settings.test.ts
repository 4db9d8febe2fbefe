/**
 * Day thresholds as settings: a team's policy value, given in a settings
 * file, changes the verdict on both sources and is recorded with it; a value
 * outside the rule's range is refused rather than silently clamped.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/engine/finding.js';
import { SAMPLE_SNAPSHOT_FILE } from '../support/make-sample-snapshot.js';
import { oneErrorLine, runCli } from './capture.js';

const RULE = 'log-group-retention';

const LOG_GROUP = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Logs:
    Type: AWS::Logs::LogGroup
    Properties: { RetentionInDays: 90 }
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soc2-threshold-settings-'));
  writeFileSync(join(dir, 'logs.yaml'), LOG_GROUP);
  writeFileSync(join(dir, 'ninety-days.yaml'), `rules:\n  ${RULE}:\n    minRetentionDays: 90\n`);
});

async function jsonScan(source: string[], ...args: string[]): Promise<{ code: number; result: ScanResult }> {
  const run = await runCli(['scan', ...source, '--rules', RULE, ...args, '--format', 'json'], dir);
  return { code: run.code, result: JSON.parse(run.stdout) as ScanResult };
}

/** The verdict on the group keeping its events 90 days, and on every group. */
const ninetyDaysOf = (result: ScanResult) =>
  result.findings.find((finding) => finding.ruleId === RULE && finding.evidence?.retentionInDays === 90);
const verdictsOf = (result: ScanResult) =>
  new Set(result.findings.filter((finding) => finding.ruleId === RULE).map((finding) => finding.status));
const ruleOf = (result: ScanResult) => result.rules.find((rule) => rule.id === RULE);

describe.each([
  ['template', ['--template', 'logs.yaml']],
  // The sample account's /ecs/payments-api keeps its events 90 days.
  ['snapshot', ['--snapshot', SAMPLE_SNAPSHOT_FILE]],
])('a %s scan with a lower log retention minimum', (_source, source) => {
  it('fails 90 days on the default and passes it on the team value, recording the value in force', async () => {
    const byDefault = await jsonScan(source);
    expect(byDefault.code).toBe(1);
    expect(ninetyDaysOf(byDefault.result)?.status).toBe('FAIL');
    expect(ruleOf(byDefault.result)?.settings).toEqual({ minRetentionDays: 365 });

    const configured = await jsonScan(source, '--settings', 'ninety-days.yaml');
    expect(configured.code).toBe(0);
    expect(verdictsOf(configured.result)).toEqual(new Set(['PASS']));
    expect(ninetyDaysOf(configured.result)?.evidence).toEqual({ retentionInDays: 90, minimumDays: 90 });
    expect(ruleOf(configured.result)?.settings).toEqual({ minRetentionDays: 90 });
    expect(ruleOf(configured.result)?.title).toBe('CloudWatch log groups keep events for at least 90 days');
  });
});

describe('a days setting outside its range', () => {
  it.each([
    ['below the minimum', 7, '7'],
    ['above the maximum', 5000, '5000'],
    ['not a whole number', 90.5, '90.5'],
  ])('is refused (%s) with one line and exit 2', async (_name, value, shown) => {
    writeFileSync(join(dir, 'bad.yaml'), `rules:\n  ${RULE}:\n    minRetentionDays: ${value}\n`);
    const run = await runCli(['scan', '--template', 'logs.yaml', '--settings', 'bad.yaml'], dir);
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toBe(
      `soc2: settings file bad.yaml: rules.${RULE}.minRetentionDays: expected a whole number of days from 30 to 3653, got ${shown}`,
    );
  });
});
