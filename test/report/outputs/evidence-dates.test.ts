import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/engine/finding.js';
import { PACKAGE_ROOT } from '../../../src/version.js';
import { runCli } from '../../cli/capture.js';
import { sampleAccount } from '../../support/aws-server/index.js';
import { scanFake } from '../../sources/live/helpers.js';
import { SAMPLE_CREDENTIAL_REPORT_AT, SAMPLE_SCANNED_AT } from '../../support/make-sample-snapshot.js';
import { validate } from './json-schema-subset.js';

const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'docs', 'findings.schema.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('a snapshot replay is dated by its recording, and evaluated later', () => {
  let out: string;
  let pack: string;
  let stdout: string;
  let result: ScanResult;
  let html: string;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'soc2-dates-'));
    const run = await runCli(['scan', '--sample', '--out', out, '--format', 'json,html'], out);
    stdout = run.stdout;
    pack = run.stdout.match(/^Evidence pack: (.+)$/m)![1]!;
    result = JSON.parse(await readFile(join(pack, 'findings.json'), 'utf8')) as ScanResult;
    html = await readFile(join(pack, 'index.html'), 'utf8');
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('findings.json says when each account and region was recorded, and the older credential report', () => {
    expect(result.scan.source).toBe('snapshot');
    expect(Date.parse(result.scan.startedAt)).toBeGreaterThan(Date.parse(SAMPLE_SCANNED_AT));
    expect(result.scan.evidenceDates).toEqual({
      recorded: [
        { account: '123456789012', region: 'eu-west-1', from: SAMPLE_SCANNED_AT, to: SAMPLE_SCANNED_AT },
        { account: '123456789012', region: 'us-east-1', from: SAMPLE_SCANNED_AT, to: SAMPLE_SCANNED_AT },
      ],
      olderFacts: [
        {
          fact: 'IAM credential report (console sign-in, MFA and access keys of every user and the root user)',
          action: 'iam:GetCredentialReport',
          account: '123456789012',
          region: 'us-east-1',
          asOf: SAMPLE_CREDENTIAL_REPORT_AT,
        },
      ],
    });
    expect(validate(schema, result)).toEqual([]);
  });

  it('the cover shows when the facts were recorded and names the replay time "evaluated at"', () => {
    const cover = html.slice(
      html.indexOf('id="cover"'),
      html.indexOf('</section>', html.indexOf('id="cover"')),
    );
    expect(cover).not.toContain('Scan started');
    expect(cover).toMatch(
      new RegExp(
        `Facts recorded \\(UTC\\)</th><td class="mono">${SAMPLE_SCANNED_AT}<br>123456789012: eu-west-1, us-east-1`,
      ),
    );
    expect(cover).toContain(
      `Evaluated at (UTC)</th><td class="mono">${result.scan.startedAt} (replay of a snapshot`,
    );
    expect(cover).toContain(
      `Older fact (UTC)</th><td class="mono">${SAMPLE_CREDENTIAL_REPORT_AT}: IAM credential report`,
    );
  });

  it('the methodology says the verdicts describe the account when recorded', () => {
    const methodology = html.slice(html.indexOf('id="evidence-dates"'));
    expect(methodology).toMatch(
      new RegExp(
        `^id="evidence-dates">The facts were recorded <span class="mono">${SAMPLE_SCANNED_AT}</span> \\(123456789012: eu-west-1, us-east-1\\).*evaluated at <span class="mono">${result.scan.startedAt.replace(/\./g, '\\.')}</span>`,
      ),
    );
    expect(methodology).toContain(`generated <span class="mono">${SAMPLE_CREDENTIAL_REPORT_AT}</span>`);
  });

  it('the console says it too', () => {
    expect(stdout).toContain(
      `Facts recorded ${SAMPLE_SCANNED_AT} (snapshot); evaluated at ${result.scan.startedAt}`,
    );
    expect(stdout).toContain(`Older fact: IAM credential report generated ${SAMPLE_CREDENTIAL_REPORT_AT}`);
  });
});

describe('a live scan', () => {
  it('records its calls window per region and the credential report GeneratedTime as read', async () => {
    const before = Date.now();
    const scan = await scanFake(sampleAccount());
    const dates = scan.result.evidenceDates!;
    expect(dates.recorded.map((entry) => entry.region)).toEqual([...scan.snapshot.regions].sort());
    for (const entry of dates.recorded) {
      // Each region's window is its own first and last answer, inside the scan's.
      const answered = scan.snapshot.calls
        .filter((call) => call.region === entry.region && call.at !== undefined)
        .map((call) => Date.parse(call.at!));
      expect(answered.length).toBeGreaterThan(0);
      expect(entry.from).toBe(new Date(Math.min(...answered)).toISOString());
      expect(entry.to).toBe(new Date(Math.max(...answered)).toISOString());
      expect(Date.parse(entry.from)).toBeGreaterThanOrEqual(Date.parse(scan.snapshot.startedAt));
      expect(Date.parse(entry.to)).toBeLessThanOrEqual(Date.parse(scan.snapshot.finishedAt));
    }
    const report = scan.snapshot.calls.find((call) => call.action === 'GetCredentialReport')!;
    const generated = (report.responses[0] as { GeneratedTime: string }).GeneratedTime;
    expect(dates.olderFacts).toHaveLength(1);
    expect(dates.olderFacts[0]!.asOf).toBe(new Date(generated).toISOString());
    expect(Date.parse(dates.olderFacts[0]!.asOf)).toBeGreaterThanOrEqual(before - 1000);
  });
});
