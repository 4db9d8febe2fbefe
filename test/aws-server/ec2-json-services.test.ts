import {
  DescribeRegionsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  DescribeInternetGatewaysCommand,
  EC2Client,
  GetEbsDefaultKmsKeyIdCommand,
  GetEbsEncryptionByDefaultCommand,
  paginateDescribeSubnets,
} from '@aws-sdk/client-ec2';
import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  paginateListKeys,
} from '@aws-sdk/client-kms';
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import {
  GetWebACLCommand,
  GetWebACLForResourceCommand,
  ListResourcesForWebACLCommand,
  ListWebACLsCommand,
  WAFV2Client,
} from '@aws-sdk/client-wafv2';
import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
} from '@aws-sdk/client-config-service';
import { DescribeTableCommand, DynamoDBClient, paginateListTables } from '@aws-sdk/client-dynamodb';
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { sampleAccount } from '../support/aws-server/index.js';
import { useFakeAws } from './helpers.js';

describe('ec2 and JSON protocol services against the real SDK', () => {
  const fake = useFakeAws(() => ({ account: sampleAccount(), pageSize: 4 }));

  it('lists enabled and opt-in regions like DescribeRegions AllRegions', async () => {
    const ec2 = new EC2Client(fake.client());
    const enabled = await ec2.send(new DescribeRegionsCommand({}));
    expect(enabled.Regions?.map((r) => r.RegionName)).toEqual(['us-east-1', 'eu-west-1']);
    const all = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }));
    expect(all.Regions?.find((r) => r.RegionName === 'ap-east-1')?.OptInStatus).toBe('not-opted-in');
  });

  it('pages subnets with NextToken and filters route tables by association', async () => {
    const ec2 = new EC2Client(fake.client());
    const subnets = [];
    let pages = 0;
    for await (const page of paginateDescribeSubnets({ client: ec2 }, {})) {
      pages++;
      subnets.push(...(page.Subnets ?? []));
    }
    expect(pages).toBe(2);
    expect(subnets).toHaveLength(6);
    expect(subnets[0]).toMatchObject({
      SubnetId: 'subnet-0pub0000000000a1',
      MapPublicIpOnLaunch: true,
      Tags: [{ Key: 'Name', Value: 'public-a' }],
    });
    const tables = await ec2.send(
      new DescribeRouteTablesCommand({
        Filters: [{ Name: 'association.subnet-id', Values: ['subnet-0pub0000000000a1'] }],
      }),
    );
    expect(tables.RouteTables).toHaveLength(1);
    expect(
      tables.RouteTables![0]!.Routes?.find((r) => r.DestinationCidrBlock === '0.0.0.0/0')?.GatewayId,
    ).toBe('igw-0a1b2c3d4e5f60001');
    await expect(
      ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'made-up', Values: ['x'] }] })),
    ).rejects.toMatchObject({ name: 'InvalidParameterValue' });
  });

  it('answers vpcs, gateways, volumes, security groups and EBS defaults', async () => {
    const ec2 = new EC2Client(fake.client());
    expect((await ec2.send(new DescribeVpcsCommand({}))).Vpcs?.[0]?.CidrBlock).toBe('10.0.0.0/16');
    expect(
      (await ec2.send(new DescribeInternetGatewaysCommand({}))).InternetGateways?.[0]?.Attachments?.[0]
        ?.VpcId,
    ).toBe('vpc-0a1b2c3d4e5f60001');
    const unencrypted = await ec2.send(
      new DescribeVolumesCommand({ Filters: [{ Name: 'encrypted', Values: ['false'] }] }),
    );
    expect(unencrypted.Volumes?.map((v) => v.VolumeId)).toEqual(['vol-0aaa00000000000003']);
    const groups = await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-legacy-ssh'] }));
    expect(groups.SecurityGroups?.[0]?.IpPermissions?.[0]).toMatchObject({
      FromPort: 22,
      IpRanges: [{ CidrIp: '0.0.0.0/0' }],
    });
    await expect(
      ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-missing'] })),
    ).rejects.toMatchObject({ name: 'InvalidGroup.NotFound', $metadata: { httpStatusCode: 400 } });
    expect((await ec2.send(new GetEbsEncryptionByDefaultCommand({}))).EbsEncryptionByDefault).toBe(true);
    expect(
      (await new EC2Client(fake.client('eu-west-1')).send(new GetEbsEncryptionByDefaultCommand({})))
        .EbsEncryptionByDefault,
    ).toBe(false);
    expect((await ec2.send(new GetEbsDefaultKmsKeyIdCommand({}))).KmsKeyId).toMatch(
      /^arn:aws:kms:us-east-1:/,
    );
  });

  it('answers KMS keys, aliases and rotation, resolving aliases like KMS', async () => {
    const kms = new KMSClient(fake.client());
    const keys = [];
    for await (const page of paginateListKeys({ client: kms }, {})) keys.push(...(page.Keys ?? []));
    expect(keys).toHaveLength(5);
    const ledger = await kms.send(new DescribeKeyCommand({ KeyId: 'alias/ledger' }));
    expect(ledger.KeyMetadata).toMatchObject({
      KeyManager: 'CUSTOMER',
      KeySpec: 'SYMMETRIC_DEFAULT',
      CreationDate: new Date('2025-03-01T10:00:00Z'),
    });
    expect(
      (await kms.send(new GetKeyRotationStatusCommand({ KeyId: ledger.KeyMetadata!.KeyId })))
        .KeyRotationEnabled,
    ).toBe(false);
    expect(
      (await kms.send(new GetKeyRotationStatusCommand({ KeyId: 'alias/payments' }))).KeyRotationEnabled,
    ).toBe(true);
    await expect(
      kms.send(new GetKeyRotationStatusCommand({ KeyId: '4234abcd-12ab-34cd-56ef-1234567890ab' })),
    ).rejects.toMatchObject({ name: 'UnsupportedOperationException' });
    await expect(kms.send(new DescribeKeyCommand({ KeyId: 'alias/none' }))).rejects.toMatchObject({
      name: 'NotFoundException',
      $metadata: { httpStatusCode: 400 },
    });
    expect((await kms.send(new ListAliasesCommand({}))).Aliases?.map((a) => a.AliasName)).toContain(
      'alias/aws/rds',
    );
  });

  it('shows a multi-region trail in every region with its status and selectors', async () => {
    for (const region of ['us-east-1', 'eu-west-1']) {
      const trails = await new CloudTrailClient(fake.client(region)).send(new DescribeTrailsCommand({}));
      expect(trails.trailList?.[0]).toMatchObject({
        Name: 'org-trail',
        IsMultiRegionTrail: true,
        LogFileValidationEnabled: true,
        HomeRegion: 'us-east-1',
      });
    }
    const cloudtrail = new CloudTrailClient(fake.client('eu-west-1'));
    const arn = 'arn:aws:cloudtrail:us-east-1:123456789012:trail/org-trail';
    expect(await cloudtrail.send(new GetTrailStatusCommand({ Name: arn }))).toMatchObject({
      IsLogging: true,
      LatestDeliveryTime: new Date('2026-11-24T23:55:00Z'),
    });
    expect(
      (await cloudtrail.send(new GetEventSelectorsCommand({ TrailName: arn }))).EventSelectors?.[0]
        ?.ReadWriteType,
    ).toBe('All');
    await expect(cloudtrail.send(new GetTrailStatusCommand({ Name: 'missing' }))).rejects.toMatchObject({
      name: 'TrailNotFoundException',
    });
  });

  it('answers WAFv2 regional and CloudFront-scope ACLs and their resources', async () => {
    const waf = new WAFV2Client(fake.client());
    const regional = await waf.send(new ListWebACLsCommand({ Scope: 'REGIONAL' }));
    expect(regional.WebACLs?.map((a) => a.Name)).toEqual(['alb-protection']);
    const acl = await waf.send(
      new GetWebACLCommand({ Scope: 'REGIONAL', Name: 'alb-protection', Id: regional.WebACLs![0]!.Id }),
    );
    expect(acl.WebACL?.Rules?.[0]?.Statement?.ManagedRuleGroupStatement?.Name).toBe(
      'AWSManagedRulesCommonRuleSet',
    );
    const resources = await waf.send(
      new ListResourcesForWebACLCommand({
        WebACLArn: acl.WebACL!.ARN,
        ResourceType: 'APPLICATION_LOAD_BALANCER',
      }),
    );
    expect(resources.ResourceArns).toHaveLength(1);
    expect(
      (await waf.send(new GetWebACLForResourceCommand({ ResourceArn: resources.ResourceArns![0] }))).WebACL
        ?.Name,
    ).toBe('alb-protection');
    expect(
      (await waf.send(new ListWebACLsCommand({ Scope: 'CLOUDFRONT' }))).WebACLs?.map((a) => a.Name),
    ).toEqual(['cdn-protection']);
    await expect(
      new WAFV2Client(fake.client('eu-west-1')).send(new ListWebACLsCommand({ Scope: 'CLOUDFRONT' })),
    ).rejects.toMatchObject({ name: 'WAFInvalidParameterException' });
  });

  it('answers Config recorders and their status; eu-west-1 records selected types only', async () => {
    const config = new ConfigServiceClient(fake.client());
    expect(
      (await config.send(new DescribeConfigurationRecordersCommand({}))).ConfigurationRecorders?.[0]
        ?.recordingGroup?.allSupported,
    ).toBe(true);
    expect(
      (await config.send(new DescribeConfigurationRecorderStatusCommand({})))
        .ConfigurationRecordersStatus?.[0],
    ).toMatchObject({ recording: true, lastStatus: 'Success' });
    expect(
      (
        await new ConfigServiceClient(fake.client('eu-west-1')).send(
          new DescribeConfigurationRecordersCommand({}),
        )
      ).ConfigurationRecorders?.[0]?.recordingGroup,
    ).toMatchObject({ allSupported: false, resourceTypes: ['AWS::RDS::DBInstance', 'AWS::KMS::Key'] });
  });

  it('answers DynamoDB (json 1.0), CloudWatch Logs and SQS', async () => {
    const dynamo = new DynamoDBClient(fake.client());
    const names = [];
    for await (const page of paginateListTables({ client: dynamo, pageSize: 1 }, {}))
      names.push(...(page.TableNames ?? []));
    expect(names).toEqual(['feature-flags', 'sessions']);
    expect(
      (await dynamo.send(new DescribeTableCommand({ TableName: 'sessions' }))).Table?.SSEDescription,
    ).toMatchObject({ SSEType: 'KMS', Status: 'ENABLED' });
    await expect(dynamo.send(new DescribeTableCommand({ TableName: 'nope' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    const groups = await new CloudWatchLogsClient(fake.client()).send(new DescribeLogGroupsCommand({}));
    expect(groups.logGroups?.map((g) => g.kmsKeyId !== undefined)).toEqual([true, false]);
    const sqs = new SQSClient(fake.client());
    const urls = (await sqs.send(new ListQueuesCommand({}))).QueueUrls ?? [];
    expect(urls).toHaveLength(2);
    expect(
      (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: urls[1], AttributeNames: ['All'] })))
        .Attributes,
    ).toMatchObject({ SqsManagedSseEnabled: 'true' });
  });
});
