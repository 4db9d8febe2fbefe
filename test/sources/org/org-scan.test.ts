/**
 * `soc2 scan --org` through the CLI against the loopback AWS server (issue 8
 * item 1): Organizations and STS over the wire, AWS_ENDPOINT_URL honoured,
 * an organization of five members in which one has no scan role, one is
 * suspended and one has an SCP denying RDS. Each of those is UNKNOWN with its
 * reason, and never stops the others.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../../src/engine/finding.js';
import { oneErrorLine, runCli } from '../../cli/capture.js';
import {
  MANAGEMENT_ACCOUNT,
  SAMPLE_MEMBERS,
  SAMPLE_ORG_ID,
  sampleOrganization,
  startFakeAws,
  type FakeAws,
} from '../../support/aws-server/index.js';
import { useTestAwsEnvironment } from '../../support/aws-env.js';

let fake: FakeAws;
let out: string;
let restoreEnvironment: () => void;

async function start(org = sampleOrganization()): Promise<void> {
  fake = await startFakeAws({ account: org.account, organization: org.organization });
  Object.assign(process.env, { AWS_ENDPOINT_URL: fake.endpoint });
}

beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'soc2-org-test-'));
  restoreEnvironment = useTestAwsEnvironment();
});

afterEach(async () => {
  restoreEnvironment();
  await fake?.close();
  rmSync(out, { recursive: true, force: true });
});

const REGIONS = ['--region', 'us-east-1,eu-west-1'];

async function scanOrg(args: string[]) {
  const run = await runCli(
    ['scan', '--org', ...REGIONS, '--out', out, '--format', 'json', '--baseline', 'none', ...args],
    process.cwd(),
    process.env,
  );
  const packDir = /Evidence pack: (.+)/.exec(run.stdout)?.[1]?.trim();
  const result =
    packDir === undefined
      ? undefined
      : (JSON.parse(readFileSync(join(packDir, 'findings.json'), 'utf8')) as ScanResult);
  return { run, result, packDir };
}

function ofAccount(findings: readonly Finding[], account: string): Finding[] {
  return findings.filter((finding) => finding.resource.account === account);
}

describe('soc2 scan --org', () => {
  it('scans every member in its own role; a missing role, a suspended account and an SCP make only that account UNKNOWN', async () => {
    await start();
    const { run, result } = await scanOrg(['--fail-on', 'none']);
    expect(run.code, run.stderr).toBe(3);
    expect(result).toBeDefined();
    const { findings, scan } = result!;
    expect(scan.scope).toBe(SAMPLE_ORG_ID);
    expect([...(scan.accounts ?? [])].sort()).toEqual(
      [MANAGEMENT_ACCOUNT, ...Object.values(SAMPLE_MEMBERS)].sort(),
    );

    // Healthy members: real verdicts, from their own account's data.
    for (const account of [SAMPLE_MEMBERS.payments, SAMPLE_MEMBERS.sandbox]) {
      const own = ofAccount(findings, account);
      expect(own.some((finding) => finding.status === 'PASS')).toBe(true);
      expect(own.some((finding) => finding.status === 'FAIL')).toBe(true);
      // Each ARN that names an account (S3's do not) names this one: the data came from its own role.
      // AWS-managed policies attached in the account are owned by `aws` (arn:aws:iam::aws:policy/...), no account.
      const arns = own.map((finding) => finding.resource.arn).filter((arn): arn is string => !!arn);
      const awsOwned = arns.filter((arn) => arn.split(':')[4] === 'aws');
      expect(awsOwned.every((arn) => arn.startsWith('arn:aws:iam::aws:policy/'))).toBe(true);
      const owners = arns.map((arn) => arn.split(':')[4]).filter((owner) => !!owner && owner !== 'aws');
      expect(owners.length).toBeGreaterThan(0);
      expect(new Set(owners)).toEqual(new Set([account]));
      // A member may describe its organization, as AWS allows: it is in this one.
      const membership = own.find((finding) => finding.ruleId === 'account-in-organization');
      expect(membership?.status).toBe('PASS');
      expect(membership?.message).toContain(SAMPLE_ORG_ID);
    }

    // No role: every check of that account is UNKNOWN and says AssumeRole was denied.
    const noRole = ofAccount(findings, SAMPLE_MEMBERS.noRole);
    expect(noRole.length).toBeGreaterThan(0);
    for (const finding of noRole) {
      expect(finding.status).toBe('UNKNOWN');
      expect(finding.message).toMatch(
        /could not assume arn:aws:iam::333333333333:role\/OrganizationAccountAccessRole/,
      );
      expect(finding.message).toMatch(/AccessDenied/);
    }
    // Suspended: never called, UNKNOWN with the state.
    const suspended = ofAccount(findings, SAMPLE_MEMBERS.suspended);
    expect(suspended.length).toBeGreaterThan(0);
    for (const finding of suspended) {
      expect(finding.status).toBe('UNKNOWN');
      expect(finding.message).toMatch(/SUSPENDED in AWS Organizations/);
    }
    // The management account has no such role: UNKNOWN, with the reason why.
    const management = ofAccount(findings, MANAGEMENT_ACCOUNT);
    expect(management.every((finding) => finding.status === 'UNKNOWN')).toBe(true);
    expect(management[0]?.message).toMatch(/management account/);

    // An SCP denying RDS: that account's database checks are UNKNOWN and name the SCP; its other checks ran.
    const limited = ofAccount(findings, SAMPLE_MEMBERS.scpLimited);
    const dbChecks = limited.filter((finding) => finding.ruleId === 'db-not-publicly-accessible');
    expect(dbChecks.length).toBeGreaterThan(0);
    for (const finding of dbChecks) {
      expect(finding.status).toBe('UNKNOWN');
      expect(finding.message).toMatch(/service control policy/);
    }
    expect(limited.some((finding) => finding.status === 'FAIL')).toBe(true);
    // The same RDS checks in an account without that SCP reached a verdict.
    const payDb = ofAccount(findings, SAMPLE_MEMBERS.payments).filter(
      (finding) => finding.ruleId === 'db-not-publicly-accessible',
    );
    expect(payDb.some((finding) => finding.status === 'PASS' || finding.status === 'FAIL')).toBe(true);

    // Ids stay unique across accounts (diff, period and parquet key on them); a population gap is per region.
    const keys = findings.map(
      (finding) => `${finding.ruleId} ${finding.resource.id} ${finding.resource.region ?? ''}`,
    );
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(
      ofAccount(findings, SAMPLE_MEMBERS.sandbox).every((finding) =>
        finding.resource.id.includes(SAMPLE_MEMBERS.sandbox),
      ),
    ).toBe(true);

    // Over the wire: Organizations listed the accounts, STS assumed each active member's role.
    const actions = new Set(fake.calls.map((call) => call.action));
    for (const action of [
      'organizations:ListAccounts',
      'organizations:ListParents',
      'organizations:DescribeOrganizationalUnit',
      'organizations:ListTagsForResource',
      'sts:AssumeRole',
    ])
      expect(actions, action).toContain(action);
    // The suspended account was never asked to assume a role.
    const parameters = scan.parameters as { accountsNotScanned?: { account: string; reason: string }[] };
    expect(parameters.accountsNotScanned?.map((entry) => entry.account).sort()).toEqual(
      [MANAGEMENT_ACCOUNT, SAMPLE_MEMBERS.noRole, SAMPLE_MEMBERS.suspended].sort(),
    );
    expect(run.stderr).toMatch(/account \d\/6 333333333333 \(prod-legacy\): not scanned, could not assume/);
    // One console line for the credential reports of the three accounts read, not one per account.
    expect(run.stdout.match(/Older fact:/g)).toHaveLength(1);
    expect(run.stdout).toMatch(/Older fact: IAM credential report of 3 accounts generated \S+ to \S+/);
  });

  it("keeps each scanned account's raw responses in the pack, hashed, and one replays to the same verdicts", async () => {
    await start();
    const leftovers = () => readdirSync(tmpdir()).filter((name) => /^soc2-org-[A-Za-z0-9]{6}$/.test(name));
    const before = leftovers();
    const { result, packDir } = await scanOrg([
      '--accounts',
      `${SAMPLE_MEMBERS.payments},${SAMPLE_MEMBERS.noRole}`,
      '--fail-on',
      'none',
    ]);
    const files = readdirSync(packDir!);
    // Only the account that was scanned has raw responses; nothing is left in the temporary folder.
    expect(files.filter((file) => file.startsWith('snapshot'))).toEqual([
      `snapshot-${SAMPLE_MEMBERS.payments}.json.gz`,
    ]);
    expect(leftovers()).toEqual(before);
    const manifest = JSON.parse(readFileSync(join(packDir!, 'manifest.json'), 'utf8')) as {
      files: { path: string }[];
    };
    expect(manifest.files.map((file) => file.path)).toContain(`snapshot-${SAMPLE_MEMBERS.payments}.json.gz`);
    const verify = await runCli(['verify', packDir!], process.cwd(), process.env);
    expect(verify.code, verify.stdout + verify.stderr).toBe(5);

    const replay = await runCli(
      [
        'scan',
        '--snapshot',
        join(packDir!, `snapshot-${SAMPLE_MEMBERS.payments}.json.gz`),
        '--format',
        'json',
        '--fail-on',
        'none',
      ],
      process.cwd(),
      process.env,
    );
    const replayed = (JSON.parse(replay.stdout) as ScanResult).findings;
    const picture = (findings: readonly Finding[]) =>
      findings
        .map(
          (f) =>
            `${f.ruleId} ${f.resource.id.replace(`${SAMPLE_MEMBERS.payments}/`, '')} ${f.resource.region ?? ''} ${f.status}`,
        )
        .sort();
    expect(picture(replayed)).toEqual(picture(ofAccount(result!.findings, SAMPLE_MEMBERS.payments)));
    expect(replayed.length).toBeGreaterThan(50);
  });

  it('--ou picks the accounts under an OU path, --accounts and --exclude-accounts narrow it', async () => {
    await start();
    const prod = await scanOrg(['--ou', 'Workloads/Prod', '--fail-on', 'none']);
    expect(prod.result?.scan.accounts).toEqual([SAMPLE_MEMBERS.payments, SAMPLE_MEMBERS.noRole]);
    const dev = await scanOrg(['--ou', 'Dev', '--exclude-accounts', SAMPLE_MEMBERS.scpLimited]);
    expect(dev.result?.scan.accounts).toEqual([SAMPLE_MEMBERS.sandbox]);
    // A healthy account alone: evidence complete, the sample's violations fail the run.
    expect(dev.run.code).toBe(1);
    const one = await scanOrg(['--accounts', SAMPLE_MEMBERS.payments]);
    expect(one.result?.scan.accounts).toEqual([SAMPLE_MEMBERS.payments]);
    expect(
      one.result?.findings.every((finding) => finding.resource.account === SAMPLE_MEMBERS.payments),
    ).toBe(true);
  });

  it('--shard i/n splits the selected accounts into disjoint shards that cover them all', async () => {
    await start();
    const shards: string[][] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const { result } = await scanOrg(['--shard', shard, '--exclude-accounts', MANAGEMENT_ACCOUNT, '-q']);
      expect(result?.scan.scope).toBe(`${SAMPLE_ORG_ID}-shard-${shard.replace('/', '-of-')}`);
      shards.push(result?.scan.accounts ?? []);
    }
    const all = shards.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(Object.values(SAMPLE_MEMBERS).sort());
    expect(shards.every((accounts) => accounts.length >= 1)).toBe(true);
  });

  it('--role-name and --external-id are what each member role is assumed with', async () => {
    await start(sampleOrganization({ roleName: 'soc2-scanner', externalId: 'nightly-7f3a' }));
    const without = await scanOrg(['--role-name', 'soc2-scanner', '--accounts', SAMPLE_MEMBERS.payments]);
    expect(without.run.code).toBe(3);
    expect(without.result?.findings.every((finding) => finding.status === 'UNKNOWN')).toBe(true);
    const withId = await scanOrg([
      '--role-name',
      'soc2-scanner',
      '--external-id',
      'nightly-7f3a',
      '--accounts',
      SAMPLE_MEMBERS.payments,
      '--fail-on',
      'none',
    ]);
    expect(withId.run.code).toBe(0);
    expect(withId.result?.findings.some((finding) => finding.status === 'PASS')).toBe(true);
  });

  it('bad organization flags are one line and exit 2', async () => {
    await start();
    const cases: [string[], RegExp][] = [
      [
        ['--org', '--ou', 'Workloads/Prd'],
        /--ou: no account of o-a1b2c3d4e5 is under "Workloads\/Prd"; did you mean "Workloads\/Prod"/,
      ],
      [['--org', '--accounts', '123456789012'], /--accounts: 123456789012 is not an account of o-a1b2c3d4e5/],
      [['--org', '--accounts', '12345'], /--accounts: "12345" is not an AWS account id/],
      [['--org', '--shard', '4/3'], /--shard expects i\/n/],
      [['--org', '--concurrency', '0'], /--concurrency must be a whole number of at least 1/],
      [['--org', '--account-concurrency', '0'], /--account-concurrency must be a whole number of at least 1/],
      [['--ou', 'Prod'], /--ou applies to --org scans only/],
      [['--org', '--sample'], /cannot be combined with --sample/],
      [['--org', '--role-arn', 'arn:aws:iam::111111111111:role/x'], /instead of --role-arn/],
    ];
    for (const [args, expected] of cases) {
      const run = await runCli(['scan', ...args, ...REGIONS], process.cwd(), process.env);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(2);
      expect(oneErrorLine(run)).toMatch(expected);
    }
  });

  it('a caller outside the management account gets one line saying where to run it', async () => {
    const org = sampleOrganization();
    fake = await startFakeAws({ account: org.account });
    Object.assign(process.env, { AWS_ENDPOINT_URL: fake.endpoint });
    const run = await runCli(['scan', '--org', ...REGIONS], process.cwd(), process.env);
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toMatch(
      /cannot list the organization's accounts \(organizations:ListAccounts\).*management account or of a delegated administrator/,
    );
  });
});
