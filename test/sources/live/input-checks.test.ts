/**
 * Inputs checked before a long run (issue 11 item 2): regions against the
 * account's enabled regions, a profile that does not exist, an --out that is
 * not a writable folder, and flags that do not apply to the chosen source.
 * Each is exit 2 with one line on stderr, before any scanning.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { oneErrorLine, runCli } from '../../cli/capture.js';
import { sampleAccount, startFakeAws, type FakeAws } from '../../support/aws-server/index.js';
import { TEST_CREDENTIALS } from './helpers.js';

let dir: string;
let fake: FakeAws;
let saved: NodeJS.ProcessEnv;

beforeAll(async () => {
  fake = await startFakeAws({ account: sampleAccount() });
});
afterAll(async () => {
  await fake.close();
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soc2-inputs-'));
  writeFileSync(join(dir, 'config'), '[profile audit]\nregion = us-east-1\n');
  writeFileSync(join(dir, 'credentials'), '[audit]\naws_access_key_id = AKIDX\naws_secret_access_key = x\n');
  writeFileSync(join(dir, 'a-file'), 'not a folder');
  saved = { ...process.env };
  // The SDK reads credentials, endpoint and shared files from process.env.
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: fake.endpoint,
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
  });
  delete process.env.AWS_PROFILE;
});

afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  rmSync(dir, { recursive: true, force: true });
});

async function usageError(args: string[]): Promise<string> {
  const run = await runCli(args, dir, { ...process.env });
  expect(run.code, run.stderr).toBe(2);
  return oneErrorLine(run);
}

describe('live inputs checked before scanning', () => {
  it('a malformed --rate-limit is a usage error before any call is sent', async () => {
    const before = fake.calls.length;
    expect(await usageError(['scan', '--rate-limit', 'EC2=fast'])).toBe(
      'soc2: --rate-limit "EC2=fast": expected off or SERVICE=PER_SECOND[/BURST], e.g. EC2=50 or IAM=10/20',
    );
    expect(await usageError(['scan', '--rate-limit', 'off,EC2=5'])).toBe(
      'soc2: --rate-limit off cannot be combined with per-service limits',
    );
    expect(fake.calls.length).toBe(before);
  });

  it('an unknown region is a usage error with a suggestion, before any collector runs', async () => {
    const before = fake.calls.length;
    const line = await usageError(['scan', '--region', 'us-east-1,us-east-9']);
    expect(line).toBe('soc2: --region: "us-east-9" is not an AWS region; did you mean us-east-1?');
    const sent = fake.calls.slice(before).map((call) => call.action);
    expect(sent).toEqual(['sts:GetCallerIdentity', 'ec2:DescribeRegions']);
  });

  it('a region the account has not opted in to is a usage error', async () => {
    const line = await usageError(['scan', '--region', 'ap-east-1']);
    expect(line).toBe(
      'soc2: --region: "ap-east-1" is not enabled in account 123456789012 (an opt-in region)',
    );
  });

  it('a profile that does not exist is one line, without the SDK banner', async () => {
    const line = await usageError(['scan', '--profile', 'nosuch']);
    expect(line).toMatch(/^soc2: profile "nosuch" not found in the shared config or credentials file/);
  });

  it('an existing profile is accepted', async () => {
    const run = await runCli(['scan', '--profile', 'audit', '--region', 'us-east-1', '-q'], dir, {
      ...process.env,
    });
    expect(run.stderr).not.toMatch(/not found/);
    expect([0, 1, 3]).toContain(run.code);
  });
});

describe('--out and flags that do not apply, for every source', () => {
  it('refuses an --out that is a file, or inside one, before scanning', async () => {
    expect(await usageError(['scan', '--sample', '--out', 'a-file'])).toBe(
      'soc2: --out a-file is not a folder',
    );
    expect(await usageError(['scan', '--sample', '--out', 'a-file/packs'])).toMatch(
      /^soc2: --out a-file\/packs cannot be created: .*a-file is not a folder$/,
    );
  });

  it.each([
    [
      ['scan', '--template', 'app.json', '--region', 'us-east-1'],
      '--region applies to live scans only, not with --template',
    ],
    [['scan', '--sample', '--profile', 'audit'], '--profile applies to live scans only, not with --sample'],
    [
      ['scan', '--snapshot', 'x.json', '--region', 'eu-west-1', '--role-arn', 'arn:aws:iam::1:role/r'],
      '--region, --role-arn apply to live scans only, not with --snapshot',
    ],
    [
      ['scan', '--sample', '--parameters', 'Env=prod'],
      '--parameters applies to template scans only, not with --sample',
    ],
    [
      ['scan', '--sample', '--rate-limit', 'EC2=50'],
      '--rate-limit applies to live scans only, not with --sample',
    ],
  ])('%j is a usage error', async (args, message) => {
    expect(await usageError(args)).toBe(`soc2: ${message}`);
  });
});
