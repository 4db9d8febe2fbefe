/**
 * The nightly run through the CLI against a loopback endpoint that accepts
 * connections and never answers (issue 10 item 4, issue 11 item 5): the run
 * ends, writes a pack whose findings.json names what timed out, exits 3
 * (evidence incomplete), and without a TTY prints a heartbeat on stderr.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/capture.js';
import { sampleAccount, startFakeAws, type FakeAws } from '../../support/aws-server/index.js';
import { TEST_CREDENTIALS } from './helpers.js';

let fake: FakeAws;
let out: string;
let saved: NodeJS.ProcessEnv;

beforeEach(async () => {
  fake = await startFakeAws({ account: sampleAccount() });
  out = mkdtempSync(join(tmpdir(), 'soc2-live-faults-'));
  saved = { ...process.env };
  // The SDK's credential chain and endpoint settings read process.env.
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: fake.endpoint,
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
  });
  delete process.env.AWS_PROFILE;
});

afterEach(async () => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  await fake.close();
  rmSync(out, { recursive: true, force: true });
});

describe('a live scan against an endpoint that never answers', () => {
  it('ends with a pack naming what timed out, exit 3, and a heartbeat without a TTY', async () => {
    fake.setFaults([
      { action: 'ec2:*', kind: 'NeverAnswer' },
      { action: 'rds:*', kind: 'Latency', latencyMs: 600 },
    ]);
    const started = Date.now();
    const run = await runCli(
      ['scan', '--out', out, '--format', 'json', '--baseline', 'none', '--fail-on', 'none'],
      process.cwd(),
      {
        ...process.env,
        SOC2_REQUEST_TIMEOUT_MS: '300',
        SOC2_HEARTBEAT_MS: '100',
      },
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /soc2: still scanning after \d+s: \d+ calls? done, \d+ in flight, regions \d+\/\d+ done/,
    );
    expect(run.stderr).toMatch(/pending: [^\n]*(ec2|rds) us-east-1/);
    // The console names each unread population's action once (issue 11: "s3:X s3:X failed").
    expect(run.stdout).toMatch(/ec2:DescribeSecurityGroups failed in us-east-1: no answer/);
    expect(run.stdout).not.toMatch(/(\b[a-z0-9]+:[A-Za-z]+) \1 failed/);
    const packDir = /Evidence pack: (.+)/.exec(run.stdout)?.[1]?.trim();
    expect(packDir).toBeDefined();
    const findings = JSON.parse(readFileSync(join(packDir!, 'findings.json'), 'utf8')) as {
      gaps: { action?: string; reason: string }[];
    };
    const timedOut = findings.gaps.filter((gap) => /timed out|no answer in time/.test(gap.reason));
    expect(timedOut.map((gap) => gap.action)).toContain('ec2:DescribeSecurityGroups');
    expect(timedOut.every((gap) => gap.reason.includes('us-east-1'))).toBe(true);
  });
});
