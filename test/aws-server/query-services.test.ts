import {
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSubnetGroupsCommand,
  RDSClient,
  paginateDescribeDBInstances,
} from '@aws-sdk/client-rds';
import {
  GenerateCredentialReportCommand,
  GetAccessKeyLastUsedCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListMFADevicesCommand,
  paginateListUsers,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeSSLPoliciesCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { GetTopicAttributesCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { emptyAccount, sampleAccount } from '../support/aws-server/index.js';
import { useFakeAws } from './helpers.js';

describe('query protocol services against the real SDK', () => {
  const fake = useFakeAws(() => ({ account: sampleAccount(), pageSize: 2 }));

  it('answers sts:GetCallerIdentity and reflects an assumed role', async () => {
    const sts = new STSClient(fake.client());
    expect(await sts.send(new GetCallerIdentityCommand({}))).toMatchObject({
      Account: '123456789012',
      Arn: 'arn:aws:sts::123456789012:assumed-role/soc2-scanner/nightly',
    });
    const assumed = await sts.send(
      new AssumeRoleCommand({
        RoleArn: 'arn:aws:iam::123456789012:role/auditor',
        RoleSessionName: 'night',
        ExternalId: 'x',
      }),
    );
    expect(assumed.Credentials?.Expiration).toBeInstanceOf(Date);
    const asRole = new STSClient({
      ...fake.client(),
      credentials: {
        accessKeyId: assumed.Credentials!.AccessKeyId!,
        secretAccessKey: assumed.Credentials!.SecretAccessKey!,
        sessionToken: assumed.Credentials!.SessionToken,
      },
    });
    expect((await asRole.send(new GetCallerIdentityCommand({}))).Arn).toBe(
      'arn:aws:sts::123456789012:assumed-role/auditor/night',
    );
  });

  it('pages RDS instances with Marker and parses nested subnet groups', async () => {
    const rds = new RDSClient(fake.client());
    const pages = [];
    for await (const page of paginateDescribeDBInstances({ client: rds }, {})) pages.push(page);
    expect(pages).toHaveLength(2);
    const instances = pages.flatMap((p) => p.DBInstances ?? []);
    expect(instances.map((db) => db.DBInstanceIdentifier)).toEqual([
      'payments-db',
      'ledger-1',
      'reporting-db',
    ]);
    const reporting = instances[2]!;
    expect(reporting).toMatchObject({
      PubliclyAccessible: true,
      StorageEncrypted: false,
      DBSubnetGroup: { DBSubnetGroupName: 'reporting-public' },
    });
    expect(reporting.DBSubnetGroup?.Subnets?.map((s) => s.SubnetIdentifier)).toEqual([
      'subnet-0pub0000000000a1',
      'subnet-0pub0000000000b1',
    ]);
    expect(reporting.InstanceCreateTime).toEqual(new Date('2025-03-01T10:00:00Z'));
    const clusters = await rds.send(new DescribeDBClustersCommand({}));
    expect(clusters.DBClusters?.[0]?.DBClusterMembers?.[0]?.DBInstanceIdentifier).toBe('ledger-1');
    const groups = await rds.send(
      new DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: 'payments-private' }),
    );
    expect(groups.DBSubnetGroups?.[0]?.Subnets).toHaveLength(2);
  });

  it('answers DBInstanceNotFound with 404 for an unknown identifier', async () => {
    const rds = new RDSClient(fake.client());
    await expect(
      rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'nope' })),
    ).rejects.toMatchObject({ name: 'DBInstanceNotFoundFault', $metadata: { httpStatusCode: 404 } });
  });

  it('answers the IAM reads: users, MFA, keys, summary, password policy, credential report', async () => {
    const iam = new IAMClient(fake.client());
    const users = [];
    for await (const page of paginateListUsers({ client: iam }, {})) users.push(...(page.Users ?? []));
    expect(users.map((u) => u.UserName)).toEqual(['alice', 'bob', 'ci-deploy', 'old-reporting']);
    expect((await iam.send(new ListMFADevicesCommand({ UserName: 'alice' }))).MFADevices).toHaveLength(1);
    expect((await iam.send(new ListMFADevicesCommand({ UserName: 'bob' }))).MFADevices).toEqual([]);
    const keys = await iam.send(new ListAccessKeysCommand({ UserName: 'ci-deploy' }));
    expect(keys.AccessKeyMetadata?.[0]).toMatchObject({
      AccessKeyId: 'AKIACIDEPLOY0000001',
      Status: 'Active',
      UserName: 'ci-deploy',
    });
    const used = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: 'AKIACIDEPLOY0000001' }));
    expect(used.AccessKeyLastUsed).toMatchObject({
      ServiceName: 's3',
      LastUsedDate: new Date('2026-11-24T22:00:00Z'),
    });
    const summary = await iam.send(new GetAccountSummaryCommand({}));
    expect(summary.SummaryMap).toMatchObject({ AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 4 });
    const policy = await iam.send(new GetAccountPasswordPolicyCommand({}));
    expect(policy.PasswordPolicy).toMatchObject({ MinimumPasswordLength: 8, RequireSymbols: true });
    expect(policy.PasswordPolicy?.PasswordReusePrevention).toBeUndefined();
    await expect(iam.send(new GetCredentialReportCommand({}))).rejects.toMatchObject({
      name: 'CredentialReportNotPresentException',
      $metadata: { httpStatusCode: 410 },
    });
    expect((await iam.send(new GenerateCredentialReportCommand({}))).State).toBe('COMPLETE');
    const report = await iam.send(new GetCredentialReportCommand({}));
    const lines = new TextDecoder().decode(report.Content).split('\n');
    expect(lines[0]).toMatch(/^user,arn,user_creation_time,password_enabled,/);
    expect(lines[1]).toMatch(/^<root_account>,arn:aws:iam::123456789012:root,.*,true,false,/);
    expect(lines.find((l) => l.startsWith('bob,'))?.split(',')[7]).toBe('false');
  });

  it('answers NoSuchEntity (404) when the account has no password policy', async () => {
    const { startFakeAws } = await import('../support/aws-server/index.js');
    const bare = await startFakeAws({ account: emptyAccount() });
    try {
      const iam = new IAMClient({ ...fake.client(), endpoint: bare.endpoint });
      await expect(iam.send(new GetAccountPasswordPolicyCommand({}))).rejects.toMatchObject({
        name: 'NoSuchEntityException',
        $metadata: { httpStatusCode: 404 },
      });
    } finally {
      await bare.close();
    }
  });

  it('answers ELBv2 load balancers, listeners, rules and SSL policies', async () => {
    const elb = new ElasticLoadBalancingV2Client(fake.client());
    const lbs = await elb.send(new DescribeLoadBalancersCommand({}));
    const lb = lbs.LoadBalancers![0]!;
    expect(lb).toMatchObject({
      LoadBalancerName: 'payments-alb',
      Scheme: 'internet-facing',
      Type: 'application',
    });
    const listeners = await elb.send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn }));
    const byPort = Object.fromEntries(listeners.Listeners!.map((l) => [l.Port, l]));
    expect(byPort[443]).toMatchObject({
      Protocol: 'HTTPS',
      SslPolicy: 'ELBSecurityPolicy-TLS13-1-3-2021-06',
    });
    expect(byPort[80]?.DefaultActions?.[0]).toMatchObject({
      Type: 'redirect',
      RedirectConfig: { Protocol: 'HTTPS', StatusCode: 'HTTP_301' },
    });
    const rules = await elb.send(new DescribeRulesCommand({ ListenerArn: byPort[80]!.ListenerArn }));
    expect(rules.Rules?.[0]).toMatchObject({ IsDefault: true, Priority: 'default' });
    const policies = await elb.send(
      new DescribeSSLPoliciesCommand({
        Names: ['ELBSecurityPolicy-TLS13-1-3-2021-06', 'ELBSecurityPolicy-2016-08'],
      }),
    );
    expect(policies.SslPolicies?.map((p) => p.SslProtocols)).toEqual([
      ['TLSv1.3'],
      ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
    ]);
    await expect(
      elb.send(
        new DescribeListenersCommand({
          LoadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/x/1',
        }),
      ),
    ).rejects.toMatchObject({ name: 'LoadBalancerNotFoundException' });
  });

  it('answers SNS topics and their attributes map', async () => {
    const sns = new SNSClient(fake.client());
    const topics = await sns.send(new ListTopicsCommand({}));
    const arn = topics.Topics![0]!.TopicArn!;
    expect((await sns.send(new GetTopicAttributesCommand({ TopicArn: arn }))).Attributes).toMatchObject({
      TopicArn: arn,
      KmsMasterKeyId: 'alias/aws/sns',
    });
  });
});
