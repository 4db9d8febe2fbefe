import { DescribeDBInstancesCommand, DescribeEventsCommand, RDSClient } from '@aws-sdk/client-rds';
import { DescribeVolumesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { GetBucketEncryptionCommand, S3Client } from '@aws-sdk/client-s3';
import { APIGatewayClient, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { IAMClient, ListUsersCommand } from '@aws-sdk/client-iam';
import { CloudFrontClient, ListDistributionsCommand } from '@aws-sdk/client-cloudfront';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleAccount, startFakeAws } from '../support/aws-server/index.js';
import { credentials, useFakeAws } from './helpers.js';

/** A KMS ListKeys request as the SDK would sign it (the fake reads only the credential scope). */
function rawKmsCall(endpoint: string, signal?: AbortSignal): Promise<Response> {
  return fetch(`${endpoint}/`, {
    signal,
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'TrentService.ListKeys',
      authorization:
        'AWS4-HMAC-SHA256 Credential=AKIDTEST/20261130/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: '{}',
  });
}

/** The SDK's standard retry decisions (throttling and 5xx are retryable) with millisecond backoff. */
const quickRetries = (attempts: number) => new ConfiguredRetryStrategy(attempts, () => 5);

describe('injected faults', () => {
  const fake = useFakeAws(() => ({ account: sampleAccount() }));
  afterEach(() => fake.aws.setFaults([]));

  it.each([
    [
      'json (KMS)',
      () => new KMSClient(fake.client()).send(new ListKeysCommand({})),
      'AccessDeniedException',
      400,
    ],
    [
      'query (RDS)',
      () => new RDSClient(fake.client()).send(new DescribeDBInstancesCommand({})),
      'AccessDenied',
      403,
    ],
    ['query (IAM)', () => new IAMClient(fake.client()).send(new ListUsersCommand({})), 'AccessDenied', 403],
    [
      'ec2',
      () => new EC2Client(fake.client()).send(new DescribeVolumesCommand({})),
      'UnauthorizedOperation',
      403,
    ],
    [
      'rest-xml (S3)',
      () =>
        new S3Client(fake.client('us-east-1', { forcePathStyle: true })).send(
          new GetBucketEncryptionCommand({ Bucket: 'acme-pay-statements' }),
        ),
      'AccessDenied',
      403,
    ],
    [
      'rest-xml (CloudFront)',
      () => new CloudFrontClient(fake.client()).send(new ListDistributionsCommand({})),
      'AccessDenied',
      403,
    ],
    [
      'rest-json (API Gateway)',
      () => new APIGatewayClient(fake.client()).send(new GetRestApisCommand({})),
      'AccessDeniedException',
      403,
    ],
  ])('denies %s with the service error name and status', async (_protocol, call, name, status) => {
    fake.aws.setFaults([{ action: '*', kind: 'AccessDenied' }]);
    await expect(call()).rejects.toMatchObject({ name, $metadata: { httpStatusCode: status } });
  });

  it('limits a fault to one action, one region and its first N calls', async () => {
    fake.aws.setFaults([
      { action: 'rds:DescribeDBInstances', region: 'eu-west-1', kind: 'AccessDenied', times: 1 },
    ]);
    await expect(
      new RDSClient(fake.client()).send(new DescribeDBInstancesCommand({})),
    ).resolves.toBeDefined();
    const eu = new RDSClient(fake.client('eu-west-1'));
    await expect(eu.send(new DescribeDBInstancesCommand({}))).rejects.toMatchObject({ name: 'AccessDenied' });
    await expect(eu.send(new DescribeDBInstancesCommand({}))).resolves.toBeDefined();
  });

  it.each([
    [
      'query',
      'rds:*',
      () =>
        new RDSClient({ ...fake.client(), retryStrategy: quickRetries(3) }).send(
          new DescribeDBInstancesCommand({}),
        ),
    ],
    [
      'json',
      'kms:ListKeys',
      () => new KMSClient({ ...fake.client(), retryStrategy: quickRetries(3) }).send(new ListKeysCommand({})),
    ],
    [
      'ec2',
      'ec2:DescribeVolumes',
      () =>
        new EC2Client({ ...fake.client(), retryStrategy: quickRetries(3) }).send(
          new DescribeVolumesCommand({}),
        ),
    ],
  ])('lets the SDK retry through two throttling answers (%s)', async (_protocol, action, call) => {
    fake.aws.setFaults([{ action, kind: 'Throttling', times: 2 }]);
    const output = await call();
    expect(output.$metadata.attempts).toBe(3);
  });

  it('surfaces throttling that outlasts the retries with the real code', async () => {
    fake.aws.setFaults([{ action: 'ec2:*', kind: 'Throttling' }]);
    await expect(
      new EC2Client({ ...fake.client(), retryStrategy: quickRetries(2) }).send(
        new DescribeVolumesCommand({}),
      ),
    ).rejects.toMatchObject({
      name: 'RequestLimitExceeded',
      $metadata: { httpStatusCode: 503, attempts: 2 },
    });
  });

  it('answers 500s that the SDK retries', async () => {
    fake.aws.setFaults([{ action: 'kms:ListKeys', kind: 'ServerError', times: 1 }]);
    expect(
      (
        await new KMSClient({ ...fake.client(), retryStrategy: quickRetries(2) }).send(
          new ListKeysCommand({}),
        )
      ).$metadata.attempts,
    ).toBe(2);
    fake.aws.setFaults([{ action: 'kms:ListKeys', kind: 'ServerError' }]);
    await expect(new KMSClient(fake.client()).send(new ListKeysCommand({}))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 500 },
    });
  });

  it.each([
    ['json', () => new KMSClient(fake.client()).send(new ListKeysCommand({}))],
    ['query', () => new RDSClient(fake.client()).send(new DescribeDBInstancesCommand({}))],
    ['ec2', () => new EC2Client(fake.client()).send(new DescribeVolumesCommand({}))],
  ])('truncates bodies into a deserialization error (%s)', async (_protocol, call) => {
    fake.aws.setFaults([{ action: '*', kind: 'Truncated' }]);
    const error = await call().then(
      () => undefined,
      (e: unknown) => e as Error & { $metadata?: { httpStatusCode?: number } },
    );
    expect(error).toBeInstanceOf(Error);
    expect(error?.message).toMatch(
      /Deserialization error|Unexpected end|Unterminated|closing tag|JSON|XML|parse/i,
    );
  });

  it.each([
    ['Html200', 200, /text\/html/, /<!DOCTYPE html>/],
    ['Empty200', 200, undefined, /^$/],
    ['Html404', 404, /text\/html/, /404 Not Found/],
  ] as const)('answers a %s broken-endpoint fault at the HTTP level', async (kind, status, type, body) => {
    fake.aws.setFaults([{ action: 'kms:ListKeys', kind }]);
    const response = await rawKmsCall(fake.aws.endpoint);
    expect(response.status).toBe(status);
    if (type) expect(response.headers.get('content-type')).toMatch(type);
    expect(await response.text()).toMatch(body);
  });

  it('accepts a NeverAnswer call and never answers it', async () => {
    fake.aws.setFaults([{ action: 'kms:ListKeys', kind: 'NeverAnswer' }]);
    const abort = new AbortController();
    const outcome = await Promise.race([
      rawKmsCall(fake.aws.endpoint, abort.signal).then(
        () => 'answered',
        () => 'aborted',
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 300)),
    ]);
    abort.abort();
    expect(outcome).toBe('still waiting');
  });

  it('still answers a call slowed by a latency fault', async () => {
    fake.aws.setFaults([{ action: 'kms:ListKeys', kind: 'Latency', latencyMs: 20 }]);
    expect((await new KMSClient(fake.client()).send(new ListKeysCommand({}))).Keys).toHaveLength(5);
  });

  it('fails calls to an opt-in region the account has not enabled, and OptInRequired faults', async () => {
    await expect(
      new EC2Client(fake.client('ap-east-1')).send(new DescribeVolumesCommand({})),
    ).rejects.toMatchObject({ name: 'AuthFailure', $metadata: { httpStatusCode: 401 } });
    await expect(new KMSClient(fake.client('ap-east-1')).send(new ListKeysCommand({}))).rejects.toMatchObject(
      { name: 'UnrecognizedClientException' },
    );
    fake.aws.setFaults([{ action: 'ec2:*', region: 'eu-west-1', kind: 'OptInRequired' }]);
    await expect(
      new EC2Client(fake.client('eu-west-1')).send(new DescribeVolumesCommand({})),
    ).rejects.toMatchObject({ name: 'OptInRequired' });
  });

  it('answers an operation it does not emulate with a loud InvalidAction', async () => {
    await expect(new RDSClient(fake.client()).send(new DescribeEventsCommand({}))).rejects.toMatchObject({
      name: 'InvalidAction',
      $metadata: { httpStatusCode: 400 },
    });
    expect(fake.aws.calls.at(-1)).toMatchObject({ action: 'rds:DescribeEvents', status: 400 });
  });

  it('records every call with its action, region and status', async () => {
    const before = fake.aws.calls.length;
    fake.aws.setFaults([{ action: 'kms:ListKeys', kind: 'AccessDenied', times: 1 }]);
    await new KMSClient(fake.client('eu-west-1')).send(new ListKeysCommand({})).catch(() => undefined);
    await new KMSClient(fake.client('eu-west-1')).send(new ListKeysCommand({}));
    expect(
      fake.aws.calls.slice(before).map(({ action, region, status }) => ({ action, region, status })),
    ).toEqual([
      { action: 'kms:ListKeys', region: 'eu-west-1', status: 400 },
      { action: 'kms:ListKeys', region: 'eu-west-1', status: 200 },
    ]);
  });
});

describe('rate limits', () => {
  it('throttles calls beyond the token bucket of an action and region with the real code', async () => {
    const aws = await startFakeAws({
      account: sampleAccount(),
      rateLimits: { 'rds:DescribeDBInstances': 2 },
    });
    try {
      const client = (region: string) =>
        new RDSClient({ endpoint: aws.endpoint, region, credentials, maxAttempts: 1 });
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, () => client('us-east-1').send(new DescribeDBInstancesCommand({}))),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
      const rejected = results.find((r) => r.status === 'rejected');
      expect(rejected?.reason).toMatchObject({ name: 'Throttling', $metadata: { httpStatusCode: 400 } });
      await expect(client('eu-west-1').send(new DescribeDBInstancesCommand({}))).resolves.toBeDefined();
    } finally {
      await aws.close();
    }
  });
});
