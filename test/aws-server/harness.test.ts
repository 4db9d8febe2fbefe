import { EC2Client, paginateDescribeVolumes } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import {
  largeAccount,
  sampleAccount,
  scanLowerBound,
  startFakeAws,
  SUPPORTED_OPERATIONS,
} from '../support/aws-server/index.js';
import { FAKE_SERVICES, serviceFor } from '../support/aws-server/registry.js';
import { credentials } from './helpers.js';

describe('SUPPORTED_OPERATIONS', () => {
  it('covers the operations the live collectors need', () => {
    for (const op of [
      'sts:GetCallerIdentity',
      'iam:GetCredentialReport',
      'rds:DescribeDBSubnetGroups',
      'ec2:DescribeRouteTables',
      'elasticloadbalancing:DescribeSSLPolicies',
      's3:GetPublicAccessBlock',
      'cloudfront:GetDistributionConfig',
      'apigateway:GetStages',
      'wafv2:ListResourcesForWebACL',
      'config:DescribeConfigurationRecorderStatus',
    ]) {
      expect(SUPPORTED_OPERATIONS).toContain(op);
    }
  });

  it('names only operations whose schema the SDK client exports', async () => {
    for (const service of FAKE_SERVICES) {
      const module = (await service.load()) as Record<string, unknown>;
      for (const operation of Object.keys(service.operations))
        expect(module[`${operation}$`], `${service.signingName}:${operation}`).toBeDefined();
    }
  });

  it('tells apart services sharing a signing name by API version and path', async () => {
    const form = (Version: string) => ({
      method: 'POST',
      path: '/',
      form: { Action: 'DescribeLoadBalancers', Version },
    });
    const classic = await import('@aws-sdk/client-elastic-load-balancing');
    const v2 = await import('@aws-sdk/client-elastic-load-balancing-v2');
    expect(await serviceFor('elasticloadbalancing', form('2012-06-01'))?.load()).toBe(classic);
    expect(await serviceFor('elasticloadbalancing', form('2015-12-01'))?.load()).toBe(v2);
    const rest = await import('@aws-sdk/client-api-gateway');
    const http = await import('@aws-sdk/client-apigatewayv2');
    expect(await serviceFor('apigateway', { method: 'GET', path: '/v2/apis', form: {} })?.load()).toBe(http);
    expect(await serviceFor('apigateway', { method: 'GET', path: '/restapis', form: {} })?.load()).toBe(rest);
  });
});

describe('scanLowerBound', () => {
  const calls = (action: string, region: string, n: number) =>
    Array.from({ length: n }, () => ({ action, region }));

  it('is the latency of the longest call chain when nothing is rate limited', () => {
    expect(
      scanLowerBound({
        calls: calls('rds:DescribeDBInstances', 'us-east-1', 10),
        latencyMs: 30,
        criticalPathCalls: 4,
      }),
    ).toMatchObject({ ms: 120, limitedBy: 'latency-chain' });
  });

  it('is bounded by the busiest token bucket: (calls - burst) / rate + latency', () => {
    const bound = scanLowerBound({
      calls: [
        ...calls('ec2:DescribeVolumes', 'us-east-1', 45),
        ...calls('ec2:DescribeVolumes', 'eu-west-1', 10),
        ...calls('kms:DescribeKey', 'us-east-1', 100),
      ],
      latencyMs: 30,
      rateLimits: { 'ec2:*': 5, 'kms:DescribeKey': 50 },
    });
    expect(bound.buckets['ec2:*@us-east-1']).toEqual({ calls: 45, ms: 8030 });
    expect(bound.buckets['kms:DescribeKey@us-east-1']).toEqual({ calls: 100, ms: 1030 });
    expect(bound).toMatchObject({ ms: 8030, limitedBy: 'rate:ec2:*@us-east-1' });
  });

  it("counts the scan's own client-side pacing: a bucket starts full, then refills at its rate", () => {
    const bound = scanLowerBound({
      calls: calls('iam:ListAccessKeys', 'us-east-1', 240),
      latencyMs: 30,
      paced: [
        { key: 'IAM us-east-1', calls: 240, burst: 40, perSecond: 20 },
        { key: 'KMS eu-west-1', calls: 90, burst: 100, perSecond: 100 },
      ],
    });
    expect(bound.buckets['paced:IAM us-east-1']).toEqual({ calls: 240, ms: 10_030 });
    // Within its burst: only the latency of the last call.
    expect(bound.buckets['paced:KMS eu-west-1']).toEqual({ calls: 90, ms: 30 });
    expect(bound).toMatchObject({ ms: 10_030, limitedBy: 'paced:IAM us-east-1' });
  });

  it('counts rounds of calls when concurrency is bounded', () => {
    expect(
      scanLowerBound({
        calls: calls('s3:GetBucketEncryption', 'us-east-1', 100),
        latencyMs: 30,
        concurrency: 8,
      }),
    ).toMatchObject({ ms: 13 * 30, limitedBy: 'concurrency' });
  });
});

describe('account builders', () => {
  it('builds the same large account every time, close to the requested size', () => {
    const account = largeAccount({ regions: 4, resources: 5000 });
    expect(JSON.stringify(account)).toBe(JSON.stringify(largeAccount({ regions: 4, resources: 5000 })));
    expect(account.enabledRegions).toHaveLength(4);
    const regional = Object.values(account.regions).reduce(
      (n, r) =>
        n +
        (r.ec2?.volumes?.length ?? 0) +
        (r.ec2?.securityGroups?.length ?? 0) +
        (r.ec2?.subnets?.length ?? 0) +
        (r.ec2?.routeTables?.length ?? 0) +
        (r.kms?.keys.length ?? 0) +
        (r.logs?.logGroups.length ?? 0) +
        (r.rds?.instances?.length ?? 0) +
        (r.dynamodb?.tables.length ?? 0) +
        (r.sqs?.queues.length ?? 0) +
        (r.sns?.topics.length ?? 0) +
        (r.elbv2?.loadBalancers?.length ?? 0),
      0,
    );
    const global =
      account.s3!.buckets.length + account.iam!.users.length + account.cloudfront!.distributions.length;
    expect(regional + global).toBeGreaterThan(4800);
    expect(regional + global).toBeLessThan(5200);
  });

  it('serves a large account page by page in every region', async () => {
    const account = largeAccount({ regions: 4, resources: 5000 });
    const aws = await startFakeAws({ account, pageSize: 200 });
    try {
      for (const region of account.enabledRegions) {
        const client = new EC2Client({ endpoint: aws.endpoint, region, credentials });
        let volumes = 0;
        for await (const page of paginateDescribeVolumes({ client }, {}))
          volumes += page.Volumes?.length ?? 0;
        expect(volumes).toBe(account.regions[region]!.ec2!.volumes!.length);
      }
      expect(aws.calls.every((c) => c.status === 200)).toBe(true);
    } finally {
      await aws.close();
    }
  });

  it('gives the sample account the deliberate gaps a scan must find', () => {
    const account = sampleAccount();
    const east = account.regions['us-east-1']!;
    expect(
      east.rds?.instances?.filter((db) => db.PubliclyAccessible).map((db) => db.DBInstanceIdentifier),
    ).toEqual(['reporting-db']);
    expect(east.ec2?.volumes?.filter((v) => !v.Encrypted)).toHaveLength(1);
    expect(
      east.kms?.keys.filter(
        (k) =>
          k.metadata.KeyManager === 'CUSTOMER' &&
          k.metadata.KeySpec === 'SYMMETRIC_DEFAULT' &&
          !k.rotationEnabled,
      ),
    ).toHaveLength(1);
    expect(
      account.iam?.users
        .filter((u) => u.hasConsolePassword && (u.mfaDevices ?? []).length === 0)
        .map((u) => u.user.UserName),
    ).toEqual(['bob']);
  });
});
