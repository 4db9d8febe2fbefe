/**
 * Reading the organization over the wire when Organizations pages, throttles
 * or denies: every account is still listed, a denied tag or OU lookup is
 * recorded without stopping the scan, and only --ou (which needs the OU
 * path) turns an unreadable path into exit 2.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/engine/finding.js';
import { oneErrorLine, runCli } from '../../cli/capture.js';
import {
  MANAGEMENT_ACCOUNT,
  SAMPLE_MEMBERS,
  sampleOrganization,
  startFakeAws,
  type FakeAws,
  type FakeAwsOptions,
  type FaultRule,
} from '../../support/aws-server/index.js';
import { useTestAwsEnvironment } from '../../support/aws-env.js';

let fake: FakeAws;
let restoreEnvironment: () => void;

async function start(options: Partial<FakeAwsOptions> = {}, faults: FaultRule[] = []): Promise<void> {
  const org = sampleOrganization();
  fake = await startFakeAws({ account: org.account, organization: org.organization, ...options });
  fake.setFaults(faults);
  Object.assign(process.env, { AWS_ENDPOINT_URL: fake.endpoint });
}

beforeEach(() => {
  restoreEnvironment = useTestAwsEnvironment();
});

afterEach(async () => {
  restoreEnvironment();
  await fake.close();
});

interface ScannedAccount {
  id: string;
  ou?: string;
  ouError?: string;
  tags?: Record<string, string>;
  tagsError?: string;
}

async function scan(args: string[]) {
  const run = await runCli(
    ['scan', '--org', '--region', 'us-east-1', '--format', 'json', '--fail-on', 'none', ...args],
    process.cwd(),
    process.env,
  );
  const result = run.code === 2 ? undefined : (JSON.parse(run.stdout) as ScanResult);
  const accounts = (result?.scan.parameters as { accountsScanned?: ScannedAccount[] } | undefined)
    ?.accountsScanned;
  return { run, result, accounts };
}

describe('listing the organization', () => {
  it('follows ListAccounts pages and rides out Organizations throttling: every account, OU and tag is read', async () => {
    await start({ pageSize: 1, rateLimits: { 'organizations:*': 10 } });
    const { accounts } = await scan(['--accounts', SAMPLE_MEMBERS.payments]);
    const listPages = fake.calls.filter((call) => call.action === 'organizations:ListAccounts');
    expect(listPages.filter((call) => call.status === 200).length).toBe(6);
    expect(accounts).toEqual([
      expect.objectContaining({
        id: SAMPLE_MEMBERS.payments,
        ou: 'Workloads/Prod',
        tags: { env: 'prod', team: 'payments' },
      }),
    ]);
    // Throttled calls happened and were retried, not reported as an empty organization.
    expect(fake.calls.some((call) => call.action.startsWith('organizations:') && call.status >= 400)).toBe(
      true,
    );
  });

  it('a denied ListTagsForResource or ListParents is recorded per account, and the scan goes on', async () => {
    await start({}, [
      { action: 'organizations:ListTagsForResource', kind: 'AccessDenied' },
      { action: 'organizations:ListParents', kind: 'AccessDenied' },
    ]);
    const { run, accounts } = await scan(['--accounts', SAMPLE_MEMBERS.sandbox]);
    expect(run.code, run.stderr).toBe(0);
    expect(accounts?.[0]?.tagsError).toMatch(/organizations:ListTagsForResource: AccessDeniedException/);
    expect(accounts?.[0]?.ouError).toMatch(/organizations:ListParents/);
  });

  it('--ou with an OU path that cannot be read is one line and exit 2, naming the account', async () => {
    await start({}, [{ action: 'organizations:ListParents', kind: 'AccessDenied' }]);
    const { run } = await scan(['--ou', 'Prod']);
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toMatch(
      new RegExp(`--ou: the OU of account (${MANAGEMENT_ACCOUNT}|\\d{12}) could not be read .*AccessDenied`),
    );
  });
});
