/**
 * Credentials are renewed during a long run: the loopback STS issues sessions
 * that expire after one second and refuses expired ones (ExpiredToken), and an
 * account scan lasting longer than that still reads everything.
 */
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterEach, describe, expect, it } from 'vitest';
import { allRules } from '../../../rules/index.js';
import { loadOrgSource } from '../../../src/sources/org/index.js';
import {
  SAMPLE_MEMBERS,
  sampleOrganization,
  startFakeAws,
  type FakeAws,
} from '../../support/aws-server/index.js';
import { TEST_CREDENTIALS, captureIo } from '../live/helpers.js';

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const ROLE = `arn:aws:iam::${SAMPLE_MEMBERS.payments}:role/OrganizationAccountAccessRole`;

async function startShortSessions(): Promise<FakeAws> {
  const org = sampleOrganization();
  return startFakeAws({
    account: org.account,
    organization: org.organization,
    sessionSeconds: 1,
    latencyMs: 20,
  });
}

describe('member role credentials over a long run', () => {
  it('the fake refuses a session once it has expired (the hazard the refresh avoids)', async () => {
    fake = await startShortSessions();
    const sts = new STSClient({
      endpoint: fake.endpoint,
      region: 'us-east-1',
      credentials: TEST_CREDENTIALS,
    });
    const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'test' }));
    const member = new STSClient({
      endpoint: fake.endpoint,
      region: 'us-east-1',
      maxAttempts: 1,
      credentials: { accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretAccessKey! },
    });
    expect((await member.send(new GetCallerIdentityCommand({}))).Account).toBe(SAMPLE_MEMBERS.payments);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await expect(member.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'ExpiredToken',
    });
    sts.destroy();
    member.destroy();
  });

  it('an account scan longer than its session assumes the role again and reads everything', async () => {
    fake = await startShortSessions();
    const started = Date.now();
    const result = await loadOrgSource(
      {
        regions: ['us-east-1', 'eu-west-1'],
        accounts: [SAMPLE_MEMBERS.payments],
        excludeAccounts: [],
        ous: [],
        quiet: true,
        concurrency: 4,
        laneConcurrency: 2,
        endpoint: fake.endpoint,
        credentials: TEST_CREDENTIALS,
        maxAttempts: 1,
      },
      { rules: allRules, run: { now: new Date() } },
      captureIo(),
    );
    expect(Date.now() - started).toBeGreaterThan(1_500);
    const memberCalls = fake.calls.filter((call) => call.account === SAMPLE_MEMBERS.payments);
    expect(memberCalls.length).toBeGreaterThan(50);
    expect(memberCalls.filter((call) => call.status === 403)).toEqual([]);
    expect(result.findings.filter((finding) => finding.status === 'UNKNOWN')).toEqual([]);
    expect(fake.calls.filter((call) => call.action === 'sts:AssumeRole').length).toBeGreaterThan(1);
  });
});
