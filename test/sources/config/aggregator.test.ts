/**
 * `soc2 scan --org --source config --aggregator NAME` (issue 8 item 2): every
 * member's configuration items come from one AWS Config aggregator in the
 * management account, over the wire; the verdicts are those of a direct
 * organization scan, and an aggregator that cannot be read falls back to
 * direct calls instead of reading as an empty account.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/engine/finding.js';
import { oneErrorLine, runCli } from '../../cli/capture.js';
import {
  SAMPLE_MEMBERS,
  sampleOrganization,
  startFakeAws,
  type FakeAws,
} from '../../support/aws-server/index.js';
import { useTestAwsEnvironment } from '../../support/aws-env.js';

let fake: FakeAws;
let out: string;
let restoreEnvironment: () => void;

const MEMBERS = [SAMPLE_MEMBERS.payments, SAMPLE_MEMBERS.sandbox];

async function start(): Promise<void> {
  const org = sampleOrganization();
  org.account.regions['us-east-1'] = { config: { recorders: [], aggregators: ['org-aggregator'] } };
  fake = await startFakeAws({ account: org.account, organization: org.organization });
  Object.assign(process.env, { AWS_ENDPOINT_URL: fake.endpoint });
}

beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'soc2-aggregator-test-'));
  restoreEnvironment = useTestAwsEnvironment();
});

afterEach(async () => {
  restoreEnvironment();
  await fake?.close();
  rmSync(out, { recursive: true, force: true });
});

async function scanOrg(args: string[]): Promise<{ verdicts: string[]; code: number; stderr: string }> {
  const run = await runCli(
    [
      'scan',
      '--org',
      '--accounts',
      MEMBERS.join(','),
      '--region',
      'us-east-1,eu-west-1',
      '--rate-limit',
      'off',
      '--format',
      'json',
      '--fail-on',
      'none',
      '--no-fail-on-unknown',
      ...args,
    ],
    process.cwd(),
    process.env,
  );
  const result = JSON.parse(run.stdout) as ScanResult;
  return {
    verdicts: result.findings
      .map(
        (finding) => `${finding.ruleId} ${finding.resource.account} ${finding.resource.id} ${finding.status}`,
      )
      .sort(),
    code: run.code,
    stderr: run.stderr,
  };
}

function sentBy(account: string, action: string): string[] {
  return fake.calls
    .filter((call) => call.action === action && (call.account ?? '') === account)
    .map((call) => call.region);
}

describe('--org --source config --aggregator', () => {
  it('reads every member through the aggregator and gets the verdicts of a direct scan', async () => {
    await start();
    const direct = await scanOrg([]);
    expect(direct.code, direct.stderr).toBe(0);
    fake.calls.length = 0;
    const viaAggregator = await scanOrg(['--source', 'config', '--aggregator', 'org-aggregator']);
    expect(viaAggregator.code, viaAggregator.stderr).toBe(0);
    expect(viaAggregator.verdicts).toEqual(direct.verdicts);
    const aggregatorCalls = fake.calls.filter(
      (call) => call.action === 'config:BatchGetAggregateResourceConfig',
    );
    expect(aggregatorCalls.length).toBeGreaterThan(0);
    // The members' us-east-1 volumes came from the aggregator, not from their own EC2.
    for (const account of MEMBERS) expect(sentBy(account, 'ec2:DescribeVolumes')).toEqual(['eu-west-1']);
  }, 180_000);

  it("an aggregator that cannot be read falls back to each member's own calls: the same verdicts", async () => {
    await start();
    const direct = await scanOrg([]);
    const missing = await scanOrg(['--source', 'config', '--aggregator', 'no-such-aggregator']);
    expect(missing.verdicts).toEqual(direct.verdicts);
    for (const account of MEMBERS) expect(sentBy(account, 'ec2:DescribeVolumes')).toContain('us-east-1');
  }, 180_000);

  it('--aggregator without --source config is a usage error', async () => {
    await start();
    const run = await runCli(['scan', '--org', '--aggregator', 'org-aggregator'], process.cwd(), process.env);
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toBe(
      'soc2: --aggregator reads configuration items from AWS Config: use it with --source config',
    );
  });
});
