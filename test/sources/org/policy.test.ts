/**
 * The two policies of an organization scan: the management-account caller's
 * (list the organization, assume the member role) and the member role's (the
 * read-only scan policy). Every request an --org scan sends over the wire is
 * allowed by the policy of the account that answered it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../../src/sources/live/operations.js';
import { scannerPolicy } from '../../../src/sources/live/policy.js';
import { ORGANIZATION_ACTIONS, managementPolicy } from '../../../src/sources/org/policy.js';
import { PACKAGE_ROOT } from '../../../src/version.js';
import { oneErrorLine, runCli } from '../../cli/capture.js';
import {
  MANAGEMENT_ACCOUNT,
  sampleOrganization,
  startFakeAws,
  type FakeAws,
} from '../../support/aws-server/index.js';
import { SIGNING_NAME_OF, TEST_CREDENTIALS } from '../live/helpers.js';

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function actionsOf(policy: { Statement: { Action: string[] }[] }): Set<string> {
  return new Set(policy.Statement.flatMap((statement) => statement.Action));
}

describe('organization scan policies', () => {
  it('the shipped management policy and `soc2 policy --for management` are the generated one', async () => {
    const file = JSON.parse(
      readFileSync(join(PACKAGE_ROOT, 'policy', 'soc2-org-management-policy.json'), 'utf8'),
    ) as unknown;
    expect(file).toEqual(managementPolicy());
    const run = await runCli(['policy', '--for', 'management'], PACKAGE_ROOT);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(managementPolicy());
    const named = await runCli(
      ['policy', '--for', 'management', '--role-name', 'soc2-scanner'],
      PACKAGE_ROOT,
    );
    const assume = (JSON.parse(named.stdout) as ReturnType<typeof managementPolicy>).Statement.find((s) =>
      s.Action.includes('sts:AssumeRole'),
    );
    expect(assume?.Resource).toBe('arn:aws:iam::*:role/soc2-scanner');
    // The default is still the scan policy, the member role's.
    const scan = await runCli(['policy'], PACKAGE_ROOT);
    expect(JSON.parse(scan.stdout)).toEqual(scannerPolicy());
  });

  it('the management policy is read-only and allows nothing in the member accounts but assuming the scan role', () => {
    const policy = managementPolicy();
    // Config's BatchGet and Select read an aggregator's configuration items, as in AWS's ReadOnlyAccess.
    const aggregatorReads = new Set([
      'config:BatchGetAggregateResourceConfig',
      'config:SelectAggregateResourceConfig',
    ]);
    for (const action of actionsOf(policy))
      expect(
        /^organizations:(List|Describe)\w+$/.test(action) ||
          action === 'sts:AssumeRole' ||
          aggregatorReads.has(action),
        action,
      ).toBe(true);
    expect(JSON.stringify(policy)).not.toContain('"*:');
  });

  it('`soc2 policy --for trust` trusts the scanning account, with the external id as a condition', async () => {
    const run = await runCli(
      ['policy', '--for', 'trust', '--scanner-account', MANAGEMENT_ACCOUNT, '--external-id', 'nightly-7f3a'],
      PACKAGE_ROOT,
    );
    expect(run.code).toBe(0);
    const trust = JSON.parse(run.stdout) as {
      Statement: { Principal: { AWS: string }; Condition?: { StringEquals: Record<string, string> } }[];
    };
    expect(trust.Statement[0]?.Principal.AWS).toBe(`arn:aws:iam::${MANAGEMENT_ACCOUNT}:root`);
    expect(trust.Statement[0]?.Condition?.StringEquals['sts:ExternalId']).toBe('nightly-7f3a');
    for (const [args, expected] of [
      [['policy', '--for', 'trust'], /needs --scanner-account/],
      [['policy', '--role-name', 'x'], /--role-name does not apply to soc2 policy --for scan/],
      [['policy', '--for', 'trust', '--scanner-account', '42'], /not an AWS account id/],
    ] as const) {
      const bad = await runCli([...args], PACKAGE_ROOT);
      expect(bad.code).toBe(2);
      expect(oneErrorLine(bad)).toMatch(expected);
    }
  });

  it('the organization source sends only the actions the management policy lists', () => {
    const dir = join(PACKAGE_ROOT, 'src', 'sources', 'org');
    const sent = new Set<string>();
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const match of text.matchAll(
        /import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/client-(organizations|sts)'/g,
      )) {
        for (const name of match[1]!.split(',').map((part) => part.trim())) {
          const operation = /^paginate([A-Z]\w*)$/.exec(name)?.[1] ?? /^([A-Z]\w*)Command$/.exec(name)?.[1];
          if (operation) sent.add(`${match[2]}:${operation}`);
        }
      }
    }
    expect([...sent].filter((action) => action.startsWith('organizations:')).sort()).toEqual([
      ...ORGANIZATION_ACTIONS,
    ]);
    const allowed = new Set([...actionsOf(managementPolicy()), 'sts:GetCallerIdentity']);
    for (const action of sent) expect(allowed, action).toContain(action);
  });

  it('every request of an --org scan is allowed by the policy of the account that answered it', async () => {
    const org = sampleOrganization();
    fake = await startFakeAws({ account: org.account, organization: org.organization });
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: fake.endpoint,
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
      AWS_REGION: 'us-east-1',
    });
    try {
      const run = await runCli(['scan', '--org', '--region', 'all', '-q'], PACKAGE_ROOT, process.env);
      expect(run.code, run.stderr).toBe(1);
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
    const byWireName = new Map<string, string>();
    for (const operations of Object.values(OPERATIONS))
      for (const [operation, { iam }] of Object.entries(operations))
        byWireName.set(`${SIGNING_NAME_OF[iam.split(':')[0]!] ?? iam.split(':')[0]}:${operation}`, iam);
    const management = new Set([...actionsOf(managementPolicy()), 'sts:GetCallerIdentity']);
    const member = actionsOf(scannerPolicy());
    const answeredBy = new Map<string, Set<string>>();
    for (const call of fake.calls) {
      const account = call.account ?? 'none';
      answeredBy.set(account, (answeredBy.get(account) ?? new Set()).add(call.action));
    }
    expect(answeredBy.get(MANAGEMENT_ACCOUNT)).toEqual(
      new Set(['sts:GetCallerIdentity', 'sts:AssumeRole', ...ORGANIZATION_ACTIONS]),
    );
    for (const action of answeredBy.get(MANAGEMENT_ACCOUNT)!) expect(management, action).toContain(action);
    const members = [...answeredBy.keys()].filter((account) => account !== MANAGEMENT_ACCOUNT);
    expect(members.length).toBe(3);
    for (const account of members) {
      expect(answeredBy.get(account)!.size).toBeGreaterThan(40);
      for (const action of answeredBy.get(account)!) {
        const iam = byWireName.get(action);
        expect(iam, `${action} has no IAM mapping`).toBeDefined();
        expect(member.has(iam!), `${action} -> ${iam} in ${account}`).toBe(true);
      }
    }
  });
});
