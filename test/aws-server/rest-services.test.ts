import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  S3Client,
  paginateListBuckets,
} from '@aws-sdk/client-s3';
import {
  CloudFrontClient,
  GetDistributionCommand,
  GetDistributionConfigCommand,
  paginateListDistributions,
} from '@aws-sdk/client-cloudfront';
import { APIGatewayClient, GetStagesCommand, paginateGetRestApis } from '@aws-sdk/client-api-gateway';
import { DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs';
import { AccountClient, ListRegionsCommand } from '@aws-sdk/client-account';
import { describe, expect, it } from 'vitest';
import { sampleAccount } from '../support/aws-server/index.js';
import { useFakeAws } from './helpers.js';

describe('rest-xml and rest-json services against the real SDK', () => {
  const fake = useFakeAws(() => ({ account: sampleAccount(), pageSize: 3 }));
  const s3 = () => new S3Client(fake.client('us-east-1', { forcePathStyle: true }));

  it('lists buckets across pages and reads their location', async () => {
    const buckets = [];
    for await (const page of paginateListBuckets({ client: s3() }, {})) buckets.push(...(page.Buckets ?? []));
    expect(buckets.map((b) => b.Name)).toEqual([
      'acme-pay-statements',
      'acme-pay-cloudtrail',
      'acme-pay-marketing-site',
      'acme-pay-partner-uploads',
      'acme-pay-eu-archive',
    ]);
    expect(buckets[0]?.CreationDate).toEqual(new Date('2025-03-01T10:00:00Z'));
    expect(
      (await s3().send(new GetBucketLocationCommand({ Bucket: 'acme-pay-eu-archive' }))).LocationConstraint,
    ).toBe('eu-west-1');
    expect(
      (await s3().send(new GetBucketLocationCommand({ Bucket: 'acme-pay-statements' }))).LocationConstraint,
    ).toBeFalsy();
  });

  it('reads bucket encryption, public access block and policy, and their not-found errors', async () => {
    const encryption = await s3().send(new GetBucketEncryptionCommand({ Bucket: 'acme-pay-statements' }));
    expect(encryption.ServerSideEncryptionConfiguration?.Rules?.[0]).toMatchObject({
      ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' },
      BucketKeyEnabled: true,
    });
    expect(
      (await s3().send(new GetPublicAccessBlockCommand({ Bucket: 'acme-pay-statements' })))
        .PublicAccessBlockConfiguration,
    ).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    });
    expect(
      JSON.parse((await s3().send(new GetBucketPolicyCommand({ Bucket: 'acme-pay-statements' }))).Policy!)
        .Statement[0].Sid,
    ).toBe('DenyInsecureTransport');
    const bucket = { Bucket: 'acme-pay-marketing-site' };
    await expect(s3().send(new GetBucketEncryptionCommand(bucket))).rejects.toMatchObject({
      name: 'ServerSideEncryptionConfigurationNotFoundError',
      $metadata: { httpStatusCode: 404 },
    });
    await expect(s3().send(new GetPublicAccessBlockCommand(bucket))).rejects.toMatchObject({
      name: 'NoSuchPublicAccessBlockConfiguration',
      $metadata: { httpStatusCode: 404 },
    });
    await expect(
      s3().send(new GetBucketPolicyCommand({ Bucket: 'acme-pay-cloudtrail' })),
    ).rejects.toMatchObject({ name: 'NoSuchBucketPolicy' });
    await expect(
      s3().send(new GetBucketEncryptionCommand({ Bucket: 'no-such-bucket' })),
    ).rejects.toMatchObject({ name: 'NoSuchBucket' });
  });

  it('lists CloudFront distributions with Marker and reads their config', async () => {
    const cloudfront = new CloudFrontClient(fake.client());
    const summaries = [];
    for await (const page of paginateListDistributions({ client: cloudfront, pageSize: 1 }, {}))
      summaries.push(...(page.DistributionList?.Items ?? []));
    expect(summaries.map((d) => d.Id)).toEqual(['E1PAYAPP0000001', 'E3PARTNERS00001', 'E2MARKETING0001']);
    expect(summaries[0]?.ViewerCertificate).toMatchObject({
      MinimumProtocolVersion: 'TLSv1.2_2021',
      CloudFrontDefaultCertificate: false,
    });
    expect(summaries[0]?.WebACLId).toMatch(/webacl\/cdn-protection/);
    const config = await cloudfront.send(new GetDistributionConfigCommand({ Id: 'E2MARKETING0001' }));
    expect(config.ETag).toBe('EE2MARKETING0001');
    expect(config.DistributionConfig?.DefaultCacheBehavior?.ViewerProtocolPolicy).toBe('allow-all');
    expect(
      (await cloudfront.send(new GetDistributionCommand({ Id: 'E1PAYAPP0000001' }))).Distribution
        ?.DistributionConfig?.Aliases?.Items,
    ).toEqual(['app.acme-pay.example']);
    await expect(cloudfront.send(new GetDistributionCommand({ Id: 'nope' }))).rejects.toMatchObject({
      name: 'NoSuchDistribution',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('answers API Gateway APIs (position pagination) and stages', async () => {
    const api = new APIGatewayClient(fake.client());
    const apis = [];
    for await (const page of paginateGetRestApis({ client: api }, {})) apis.push(...(page.items ?? []));
    expect(apis).toMatchObject([{ id: 'a1b2c3d4e5', endpointConfiguration: { types: ['REGIONAL'] } }]);
    const stages = await api.send(new GetStagesCommand({ restApiId: 'a1b2c3d4e5' }));
    expect(stages.item?.map((s) => [s.stageName, s.webAclArn !== undefined])).toEqual([
      ['prod', true],
      ['sandbox', false],
    ]);
    await expect(api.send(new GetStagesCommand({ restApiId: 'zzz' }))).rejects.toMatchObject({
      name: 'NotFoundException',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('answers EFS file systems and Account regions', async () => {
    const fileSystems = await new EFSClient(fake.client()).send(new DescribeFileSystemsCommand({}));
    expect(fileSystems.FileSystems?.[0]).toMatchObject({
      FileSystemId: 'fs-0a1b2c3d',
      Encrypted: true,
      CreationTime: new Date('2025-03-01T10:00:00Z'),
    });
    const regions = await new AccountClient(fake.client()).send(new ListRegionsCommand({}));
    expect(regions.Regions).toEqual([
      { RegionName: 'us-east-1', RegionOptStatus: 'ENABLED_BY_DEFAULT' },
      { RegionName: 'eu-west-1', RegionOptStatus: 'ENABLED_BY_DEFAULT' },
      { RegionName: 'ap-east-1', RegionOptStatus: 'DISABLED' },
    ]);
  });
});
