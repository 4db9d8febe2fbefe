/**
 * Each collector through the loopback AWS server with the real SDK: the
 * happy path, pagination, throttling then success, several regions, an
 * opted-out region and the AWS_ENDPOINT_URL environment variable.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isUnknown } from '../../../src/inventory/maybe.js';
import type { Resource, ResourceOf, ResourceType } from '../../../src/inventory/model.js';
import { loadLiveSource } from '../../../src/sources/live/index.js';
import { sampleAccount, startFakeAws } from '../../support/aws-server/index.js';
import { captureIo, scanFake, TEST_CREDENTIALS, verdicts, type FakeScan } from './helpers.js';

let baseline: FakeScan;

function ofType<T extends ResourceType>(scan: FakeScan, type: T): ResourceOf<T>[] {
  return scan.result.inventory.ofType(type);
}

function byName<T extends ResourceType>(scan: FakeScan, type: T, name: string): ResourceOf<T> {
  const found = ofType(scan, type).find((resource) => resource.name === name);
  if (!found) throw new Error(`${type} ${name} not in inventory`);
  return found;
}

/** Resources as comparable JSON (Unknowns become their reasons). */
function picture(scan: FakeScan): string[] {
  return scan.result.inventory.resources.map((resource: Resource) => JSON.stringify(resource)).sort();
}

beforeAll(async () => {
  baseline = await scanFake(sampleAccount());
});

describe('happy path, per collector (sample account)', () => {
  it('reads every population without gaps or failed calls', () => {
    expect(baseline.result.inventory.gaps).toEqual([]);
    const failed = baseline.snapshot.calls.filter((call) => call.error && call.error.kind !== 'not-found');
    // These service-specific errors are how AWS answers "there is none" (no security contact, no vault or
    // repository policy, Security Hub not enabled); each normalizer reads that code as absence.
    expect(failed.map((call) => `${call.service}:${call.action} ${call.error?.code}`).sort()).toEqual([
      'account:GetAlternateContact ResourceNotFoundException',
      'backup:GetBackupVaultAccessPolicy ResourceNotFoundException',
      'ecr:GetRepositoryPolicy RepositoryPolicyNotFoundException',
      'securityhub:DescribeHub InvalidAccessException',
    ]);
    expect(baseline.result.callerIdentity?.account).toBe('123456789012');
    expect(baseline.result.regions).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('kms: manager, spec, rotation and aliases', () => {
    const ledger = byName(baseline, 'kms-key', 'alias/ledger');
    expect(ledger).toMatchObject({
      keyManager: 'CUSTOMER',
      keySpec: 'SYMMETRIC_DEFAULT',
      rotationEnabled: false,
    });
    expect(ledger.arn).toMatch(/^arn:aws:kms:us-east-1:123456789012:key\//);
    const signing = ofType(baseline, 'kms-key').find((key) => key.keySpec === 'RSA_2048');
    expect(signing?.rotationEnabled).toBe(false);
    expect(ofType(baseline, 'kms-key').some((key) => key.keyManager === 'AWS')).toBe(true);
  });

  it('cloudtrail: two multi-region trails, logging, each with status from its home region', () => {
    const trails = ofType(baseline, 'cloudtrail-trail').sort((a, b) =>
      (a.name ?? '').localeCompare(b.name ?? ''),
    );
    expect(trails).toHaveLength(2);
    expect(trails[0]).toMatchObject({
      name: 'data-audit',
      isMultiRegion: true,
      isLogging: true,
      homeRegion: 'eu-west-1',
      logFileValidation: false,
    });
    expect(trails[1]).toMatchObject({
      name: 'org-trail',
      isMultiRegion: true,
      isLogging: true,
      homeRegion: 'us-east-1',
      logFileValidation: true,
    });
    const statusCalls = baseline.fake.calls.filter((call) => call.action === 'cloudtrail:GetTrailStatus');
    expect(statusCalls).toHaveLength(2);
  });

  it('wafv2: regional and CloudFront ACLs, and what they protect', () => {
    const scopes = ofType(baseline, 'wafv2-web-acl')
      .map((acl) => acl.scope)
      .sort();
    expect(scopes).toContain('REGIONAL');
    const associations = ofType(baseline, 'wafv2-web-acl-association');
    expect(associations.length).toBeGreaterThan(0);
    const alb = ofType(baseline, 'elbv2-load-balancer')[0]!;
    expect(baseline.result.inventory.webAclsFor(alb)).toHaveLength(1);
  });

  it('iam: root facts, password policy, users with MFA and access keys', () => {
    const [account] = ofType(baseline, 'aws-account');
    expect(account).toMatchObject({ id: '123456789012', rootMfaEnabled: true, rootAccessKeysPresent: false });
    expect(isUnknown(account!.passwordPolicy)).toBe(false);
    const bob = byName(baseline, 'iam-user', 'bob');
    expect(bob).toMatchObject({ hasConsolePassword: true, mfaActive: false });
    const ci = byName(baseline, 'iam-user', 'ci-deploy');
    expect(isUnknown(ci.accessKeys)).toBe(false);
    expect((ci.accessKeys as { id: string }[]).length).toBeGreaterThan(0);
  });

  it('config: the us-east-1 recorder records all supported types, the eu-west-1 one selected types', () => {
    const recorders = ofType(baseline, 'config-recorder');
    expect(recorders.map((recorder) => recorder.region)).toEqual(['us-east-1', 'eu-west-1']);
    expect(recorders[0]).toMatchObject({ recording: true, allSupported: true });
    expect(recorders[1]).toMatchObject({ recording: true, allSupported: false });
  });

  it('rds: instances, cluster and subnet groups resolve to subnets', () => {
    const reporting = byName(baseline, 'rds-db-instance', 'reporting-db');
    expect(reporting).toMatchObject({ publiclyAccessible: true, encryption: { state: 'unencrypted' } });
    const subnets = baseline.result.inventory.subnetsOf(reporting);
    expect(isUnknown(subnets)).toBe(false);
    expect(ofType(baseline, 'rds-db-cluster').length).toBeGreaterThan(0);
    const member = byName(baseline, 'rds-db-instance', 'ledger-1');
    expect(baseline.result.inventory.find('rds-db-cluster', member.clusterId as string)).toBeDefined();
  });

  it('ec2: subnets route to the internet gateway, volumes, security groups, region settings', () => {
    const publicSubnet = byName(baseline, 'ec2-subnet', 'public-a');
    const table = baseline.result.inventory.routeTableOf(publicSubnet);
    expect(isUnknown(table)).toBe(false);
    const routes = (table as ResourceOf<'ec2-route-table'>).routes as { target: { kind: string } }[];
    expect(routes.some((route) => route.target.kind === 'internet-gateway')).toBe(true);
    expect(
      ofType(baseline, 'ebs-volume').some(
        (volume) => (volume.encryption as { state: string }).state === 'unencrypted',
      ),
    ).toBe(true);
    const settings = ofType(baseline, 'ec2-region-settings');
    expect(settings.map((setting) => setting.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(
      ofType(baseline, 'ec2-security-group').find((group) => group.name === 'legacy-bastion'),
    ).toBeDefined();
  });

  it('elbv2: listeners with policies and redirect actions, live SSL policy protocols', () => {
    const listeners = ofType(baseline, 'elbv2-listener');
    const http = listeners.find((listener) => listener.protocol === 'HTTP')!;
    expect(http.actions).toEqual(expect.arrayContaining([{ type: 'redirect', redirectProtocol: 'HTTPS' }]));
    const https = listeners.find((listener) => listener.protocol === 'HTTPS')!;
    expect(https.sslPolicy).toBe('ELBSecurityPolicy-TLS13-1-3-2021-06');
    expect(ofType(baseline, 'elbv2-ssl-policy').length).toBeGreaterThan(0);
  });

  it('s3: encryption level, missing public access block and policy are data', () => {
    const marketing = byName(baseline, 's3-bucket', 'acme-pay-marketing-site');
    expect(marketing).toMatchObject({
      encryption: { state: 'unencrypted' },
      publicAccessBlock: { blockPublicAcls: false, restrictPublicBuckets: false },
      publicAccessBlockDefault: 'the bucket has no Block Public Access configuration',
    });
    expect(marketing.policy).toMatchObject({ Statement: [{ Principal: '*' }] });
    const withoutPolicy = ofType(baseline, 's3-bucket').filter((bucket) => bucket.policy === undefined);
    expect(withoutPolicy.length).toBeGreaterThan(0);
    const archive = byName(baseline, 's3-bucket', 'acme-pay-eu-archive');
    expect(archive.region).toBe('eu-west-1');
    expect((archive.encryption as { state: string }).state).toBe('kms');
  });

  it('cloudfront: certificates, protocol policies and web ACLs from the list call; one config call each for logging', () => {
    const distributions = ofType(baseline, 'cloudfront-distribution');
    expect(distributions).toHaveLength(3);
    expect(distributions.map((d) => d.minimumProtocolVersion)).toContain('TLSv1_2016');
    expect(
      distributions.some((d) => d.usesDefaultCertificate === true && d.minimumProtocolVersion === undefined),
    ).toBe(true);
    // Access logging is only in the full configuration, so exactly one GetDistributionConfig per distribution.
    expect(
      baseline.fake.calls.filter((call) => call.action === 'cloudfront:GetDistributionConfig'),
    ).toHaveLength(distributions.length);
  });

  it('apigateway, dynamodb, efs, sqs, sns, logs: encryption and stage facts', () => {
    const stages = ofType(baseline, 'apigateway-stage');
    expect(stages.map((stage) => stage.stageName).sort()).toEqual(expect.arrayContaining(['sandbox']));
    expect(byName(baseline, 'sqs-queue', 'email-jobs').encryption).toEqual({ state: 'aws-owned' });
    expect(byName(baseline, 'sqs-queue', 'payment-events').encryption).toEqual({
      state: 'kms',
      keyId: 'alias/payments',
    });
    expect(byName(baseline, 'sns-topic', 'alerts').encryption).toEqual({
      state: 'kms',
      keyId: 'alias/aws/sns',
    });
    expect(byName(baseline, 'log-group', '/ecs/payments-api').encryption).toEqual({ state: 'aws-owned' });
    expect(ofType(baseline, 'dynamodb-table').length).toBeGreaterThan(0);
    expect(ofType(baseline, 'efs-file-system').length).toBeGreaterThan(0);
  });

  it('sends no call twice and only read operations', () => {
    const seen = new Set(
      baseline.snapshot.calls.map(
        (call) => `${call.service}|${call.action}|${call.region}|${JSON.stringify(call.params)}`,
      ),
    );
    expect(seen.size).toBe(baseline.snapshot.calls.length);
    for (const call of baseline.fake.calls)
      expect(call.action).toMatch(/:(List|Describe|Get|BatchGet|GenerateCredentialReport)/);
  });
});

describe('pagination, throttling, regions', () => {
  it('pages of two give the same inventory as one page', async () => {
    const paged = await scanFake(sampleAccount(), { server: { pageSize: 2 } });
    expect(picture(paged)).toEqual(picture(baseline));
    const listKeyPages = paged.fake.calls.filter(
      (call) => call.action === 'kms:ListKeys' && call.region === 'us-east-1',
    );
    expect(listKeyPages.length).toBeGreaterThan(1);
    expect(verdicts(paged.findings)).toEqual(verdicts(baseline.findings));
  });

  it('throttled calls are retried and end in the same inventory', async () => {
    const throttled = await scanFake(sampleAccount(), {
      faults: [
        { action: 'kms:ListKeys', kind: 'Throttling', times: 2 },
        { action: 'ec2:DescribeSubnets', kind: 'Throttling', times: 1 },
        { action: 'iam:ListUsers', kind: 'ServerError', times: 1 },
      ],
    });
    expect(throttled.result.inventory.gaps).toEqual([]);
    expect(picture(throttled)).toEqual(picture(baseline));
    expect(
      throttled.fake.calls.filter((call) => call.action === 'kms:ListKeys' && call.status !== 200).length,
    ).toBe(2);
  });

  it('throttling that outlasts the retries is a gap, never a pass', async () => {
    const scan = await scanFake(sampleAccount(), {
      faults: [{ action: 'kms:ListKeys', region: 'us-east-1', kind: 'Throttling' }],
      live: { maxAttempts: 2 },
    });
    expect(scan.result.inventory.gapsFor('kms-key', 'us-east-1')[0]?.reason).toMatch(/Throttl/);
    expect(
      scan.findings.filter((f) => f.ruleId === 'kms-key-rotation' && f.status === 'UNKNOWN'),
    ).not.toHaveLength(0);
    expect(scan.incompleteExit).toBe(3);
  });

  it('scans several regions and keeps same-named resources apart', () => {
    const regions = new Set(baseline.result.inventory.resources.map((resource) => resource.region));
    expect(regions).toEqual(new Set(['us-east-1', 'eu-west-1', 'global']));
    const groups = ofType(baseline, 'rds-db-subnet-group');
    expect(new Set(groups.map((group) => group.id)).size).toBe(groups.length);
  });

  it('an opted-out region is read as gaps for every population there', async () => {
    // With the region list readable, such a --region is refused up front (input-checks.test.ts);
    // without it, the scan goes on and every call there fails as a gap.
    const scan = await scanFake(sampleAccount(), {
      live: { regions: ['us-east-1', 'ap-east-1'] },
      faults: [{ action: 'ec2:DescribeRegions', kind: 'AccessDenied' }],
    });
    const gaps = scan.result.inventory.gaps.filter((gap) => gap.region === 'ap-east-1');
    const types = new Set(gaps.map((gap) => gap.resourceType));
    for (const type of [
      'kms-key',
      'cloudtrail-trail',
      'rds-db-instance',
      'ec2-subnet',
      'elbv2-load-balancer',
      's3-bucket',
    ] as const) {
      if (type === 's3-bucket') expect(types.has(type)).toBe(false);
      else expect(types.has(type)).toBe(true);
    }
    expect(gaps[0]?.reason).toMatch(/not enabled|OptInRequired/);
    const failed = scan.snapshot.calls.filter((call) => call.region === 'ap-east-1');
    expect(failed.every((call) => call.error?.kind === 'opt-in')).toBe(true);
    expect(scan.incompleteExit).toBe(3);
  });

  it('"all" scans the enabled regions only', async () => {
    const scan = await scanFake(sampleAccount(), { live: { regions: ['all'] } });
    expect(scan.result.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(scan.result.inventory.gaps).toEqual([]);
  });

  it('--role-arn assumes the role and records the assumed identity; credentials never reach the snapshot', async () => {
    const scan = await scanFake(sampleAccount(), {
      live: {
        regions: ['us-east-1'],
        roleArn: 'arn:aws:iam::123456789012:role/soc2-scanner',
        externalId: 'ext-1',
      },
    });
    expect(scan.result.callerIdentity?.arn).toBe(
      'arn:aws:sts::123456789012:assumed-role/soc2-scanner/soc2-evidence-scan',
    );
    expect(scan.fake.calls.filter((call) => call.action === 'sts:AssumeRole').length).toBeGreaterThan(0);
    expect(JSON.stringify(scan.snapshot)).not.toMatch(/fake-session-token|fake-secret-access-key/);
    expect(scan.snapshot.parameters.roleArn).toBe('arn:aws:iam::123456789012:role/soc2-scanner');
  });

  it('honours AWS_ENDPOINT_URL from the environment (no injected endpoint)', async () => {
    const fake = await startFakeAws({ account: sampleAccount() });
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: fake.endpoint,
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
      AWS_REGION: 'us-east-1',
    });
    delete process.env.AWS_PROFILE;
    try {
      const result = await loadLiveSource(
        { regions: [], quiet: true, maxAttempts: 2 },
        captureIo(process.env),
      );
      expect(result.regions).toEqual(['us-east-1']);
      expect(result.inventory.gaps).toEqual([]);
      expect(result.inventory.ofType('s3-bucket').length).toBeGreaterThan(0);
      expect(fake.calls.length).toBeGreaterThan(10);
      // SQS must not follow the amazonaws.com host inside each QueueUrl past the custom endpoint.
      const queues = result.inventory.ofType('sqs-queue');
      expect(queues.length).toBeGreaterThan(0);
      expect(queues.filter((queue) => isUnknown(queue.encryption))).toEqual([]);
      expect(fake.calls.filter((call) => call.action === 'sqs:GetQueueAttributes')).toHaveLength(
        queues.length,
      );
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
      await fake.close();
    }
  });
});
