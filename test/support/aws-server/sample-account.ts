/**
 * A realistic small fintech account ("Acme Pay") over two regions, with one
 * opt-in region left disabled. Mostly compliant, with deliberate gaps a scan
 * must find: a public reporting database in public subnets, an unencrypted
 * volume, a customer key without rotation, a console user without MFA, a bucket
 * without default encryption or public access block, a legacy CloudFront
 * distribution on the default certificate. Issue 12 added the shapes a wrong
 * normalizer would turn into PASS: SSH open over IPv6 and through a prefix list,
 * a bucket with only some Block Public Access settings on, a Config recorder in
 * eu-west-1 recording selected types only, a trail without log file validation,
 * a weak password policy, and a distribution on the TLSv1_2016 security policy.
 * test/fixtures/sample-account-verdicts.json is the reviewed verdict of every rule
 * on every resource here: change it together with this file.
 */
import type { FakeAccount, FakeRegion } from './account.js';
import { samplePostureUsEast1 } from './sample-posture.js';
import { sampleIdentityUsEast1, withSampleIdentity } from './sample-identity.js';
import {
  IGW_ATTACHED,
  alb,
  CREATED,
  dbInstance,
  distribution,
  kmsKey,
  routeTable,
  subnet,
  subnetGroup,
  volume,
  webAcl,
} from './builders.js';
import {
  networkChangesTopicArn,
  sampleAlarms,
  sampleMetricFilters,
  sampleSubscriptions,
} from './sample-monitoring.js';
import { firewall, hostedZone, mqBroker } from './service-logging-fixtures.js';
import { sampleWorkloads } from './workloads-sample.js';
import { sampleAnalytics } from './sample-analytics.js';
import { samplePaymentsEc2, samplePaymentsSsm } from './sample-ec2.js';

const ACCOUNT = '123456789012';

/** The policy SNS writes on a new topic: "*", confined to the owner account by AWS:SourceOwner. */
function defaultTopicPolicy(topicArn: string): string {
  return JSON.stringify({
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:Subscribe', 'SNS:Publish'],
        Resource: topicArn,
        Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } },
      },
    ],
  });
}

function usEast1(): FakeRegion {
  const region = 'us-east-1';
  const vpc = 'vpc-0a1b2c3d4e5f60001';
  const igw = 'igw-0a1b2c3d4e5f60001';
  const pubA = subnet('subnet-0pub0000000000a1', vpc, '10.0.0.0/24', 'us-east-1a', ACCOUNT, true, 'public-a');
  const pubB = subnet('subnet-0pub0000000000b1', vpc, '10.0.1.0/24', 'us-east-1b', ACCOUNT, true, 'public-b');
  const appA = subnet('subnet-0app0000000000a1', vpc, '10.0.10.0/24', 'us-east-1a', ACCOUNT, false, 'app-a');
  const appB = subnet('subnet-0app0000000000b1', vpc, '10.0.11.0/24', 'us-east-1b', ACCOUNT, false, 'app-b');
  const dbA = subnet('subnet-0db00000000000a1', vpc, '10.0.20.0/24', 'us-east-1a', ACCOUNT, false, 'db-a');
  const dbB = subnet('subnet-0db00000000000b1', vpc, '10.0.21.0/24', 'us-east-1b', ACCOUNT, false, 'db-b');
  const privateGroup = subnetGroup(region, ACCOUNT, 'payments-private', vpc, [dbA, dbB]);
  const publicGroup = subnetGroup(region, ACCOUNT, 'reporting-public', vpc, [pubA, pubB]);
  const paymentsKey = kmsKey(region, ACCOUNT, '1234abcd-12ab-34cd-56ef-1234567890ab', {
    rotation: true,
    description: 'payments data',
  });
  const ledgerKey = kmsKey(region, ACCOUNT, '2234abcd-12ab-34cd-56ef-1234567890ab', {
    rotation: false,
    description: 'ledger (rotation forgotten)',
  });
  const trailKey = kmsKey(region, ACCOUNT, '3234abcd-12ab-34cd-56ef-1234567890ab', {
    rotation: true,
    description: 'cloudtrail logs',
  });
  const signingKey = kmsKey(region, ACCOUNT, '4234abcd-12ab-34cd-56ef-1234567890ab', {
    spec: 'RSA_2048',
    description: 'webhook signing',
  });
  const rdsManaged = kmsKey(region, ACCOUNT, '5234abcd-12ab-34cd-56ef-1234567890ab', {
    manager: 'AWS',
    description: 'Default key that protects my RDS database volumes when no other key is defined',
  });
  const web = alb(region, ACCOUNT, 'payments-alb', vpc, [pubA.SubnetId!, pubB.SubnetId!], {
    sslPolicy: 'ELBSecurityPolicy-TLS13-1-3-2021-06',
    httpRedirect: true,
  });
  const apiStageArn = `arn:aws:apigateway:${region}::/restapis/a1b2c3d4e5/stages/prod`;
  const cdnAcl = webAcl(
    region,
    ACCOUNT,
    'CLOUDFRONT',
    'cdn-protection',
    'c0ffee00-0000-4000-8000-000000000001',
  );
  const albAcl = webAcl(
    region,
    ACCOUNT,
    'REGIONAL',
    'alb-protection',
    'a1b00000-0000-4000-8000-000000000001',
    [web.loadBalancer.LoadBalancerArn!, apiStageArn],
  );
  const trailArn = `arn:aws:cloudtrail:${region}:${ACCOUNT}:trail/org-trail`;
  return {
    ...sampleAnalytics(ACCOUNT, region),
    ...samplePostureUsEast1(),
    // Secrets Manager, CodeBuild, Access Analyzer.
    ...sampleIdentityUsEast1(),
    // Glue, Step Functions, AppSync, Athena, Bedrock, DataSync, ECS, Elastic Beanstalk, FSx.
    ...sampleWorkloads(ACCOUNT, region),
    kms: {
      keys: [paymentsKey, ledgerKey, trailKey, signingKey, rdsManaged],
      aliases: [
        {
          AliasName: 'alias/payments',
          AliasArn: `arn:aws:kms:${region}:${ACCOUNT}:alias/payments`,
          TargetKeyId: paymentsKey.metadata.KeyId,
        },
        {
          AliasName: 'alias/ledger',
          AliasArn: `arn:aws:kms:${region}:${ACCOUNT}:alias/ledger`,
          TargetKeyId: ledgerKey.metadata.KeyId,
        },
        {
          AliasName: 'alias/cloudtrail',
          AliasArn: `arn:aws:kms:${region}:${ACCOUNT}:alias/cloudtrail`,
          TargetKeyId: trailKey.metadata.KeyId,
        },
        {
          AliasName: 'alias/aws/rds',
          AliasArn: `arn:aws:kms:${region}:${ACCOUNT}:alias/aws/rds`,
          TargetKeyId: rdsManaged.metadata.KeyId,
        },
      ],
    },
    cloudtrail: {
      trails: [
        {
          trail: {
            Name: 'org-trail',
            S3BucketName: 'acme-pay-cloudtrail',
            IncludeGlobalServiceEvents: true,
            IsMultiRegionTrail: true,
            HomeRegion: region,
            TrailARN: trailArn,
            LogFileValidationEnabled: true,
            KmsKeyId: trailKey.metadata.Arn,
            HasCustomEventSelectors: false,
            HasInsightSelectors: false,
            IsOrganizationTrail: false,
            CloudWatchLogsLogGroupArn: `arn:aws:logs:${region}:${ACCOUNT}:log-group:/aws/cloudtrail/org-trail:*`,
          },
          status: {
            IsLogging: true,
            LatestDeliveryTime: new Date('2026-11-24T23:55:00Z'),
            StartLoggingTime: CREATED,
            LatestDigestDeliveryTime: new Date('2026-11-24T23:00:00Z'),
          },
          eventSelectors: [
            {
              ReadWriteType: 'All',
              IncludeManagementEvents: true,
              DataResources: [],
              ExcludeManagementEventSources: [],
            },
          ],
        },
      ],
    },
    wafv2: { webAcls: [albAcl, cdnAcl] },
    config: {
      recorders: [
        {
          name: 'default',
          roleARN: `arn:aws:iam::${ACCOUNT}:role/aws-config-role`,
          recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
        },
      ],
      recorderStatus: [
        {
          name: 'default',
          recording: true,
          lastStatus: 'Success',
          lastStartTime: CREATED,
          lastStatusChangeTime: new Date('2026-11-24T23:00:00Z'),
        },
      ],
      deliveryChannels: [{ name: 'default', s3BucketName: 'acme-pay-config' }],
      deliveryChannelStatus: [{ name: 'default', configHistoryDeliveryInfo: { lastStatus: 'Success' } }],
    },
    dynamodb: {
      tables: [
        {
          TableName: 'sessions',
          TableArn: `arn:aws:dynamodb:${region}:${ACCOUNT}:table/sessions`,
          TableStatus: 'ACTIVE',
          CreationDateTime: CREATED,
          DeletionProtectionEnabled: true,
          SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: paymentsKey.metadata.Arn },
        },
        {
          TableName: 'feature-flags',
          TableArn: `arn:aws:dynamodb:${region}:${ACCOUNT}:table/feature-flags`,
          TableStatus: 'ACTIVE',
          CreationDateTime: CREATED,
          DeletionProtectionEnabled: false,
        },
      ],
      // Sessions can be restored to any second; nobody thought feature flags needed it.
      pitrEnabled: ['sessions'],
    },
    logs: {
      logGroups: [
        {
          logGroupName: '/aws/cloudtrail/org-trail',
          arn: `arn:aws:logs:${region}:${ACCOUNT}:log-group:/aws/cloudtrail/org-trail:*`,
          creationTime: CREATED.getTime(),
          retentionInDays: 365,
          kmsKeyId: trailKey.metadata.Arn,
        },
        {
          logGroupName: '/ecs/payments-api',
          arn: `arn:aws:logs:${region}:${ACCOUNT}:log-group:/ecs/payments-api:*`,
          creationTime: CREATED.getTime(),
          retentionInDays: 90,
        },
      ],
      metricFilters: sampleMetricFilters(),
      // Lets Route 53 deliver query logs, confined to this account.
      resourcePolicies: [
        {
          policyName: 'route53-query-logging',
          lastUpdatedTime: CREATED.getTime(),
          policyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { Service: 'route53.amazonaws.com' },
                Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
                Resource: `arn:aws:logs:${region}:${ACCOUNT}:log-group:/aws/route53/*`,
                Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } },
              },
            ],
          }),
        },
      ],
    },
    cloudwatch: { alarms: sampleAlarms(region, ACCOUNT) },
    // General log only: the ActiveMQ audit log (who purged or changed what) is off.
    mq: { brokers: [mqBroker(region, ACCOUNT, 'payments-bus', 'ACTIVEMQ', { General: true })] },
    networkfirewall: { firewalls: [firewall(region, ACCOUNT, 'egress', ['ALERT', 'FLOW'])] },
    sqs: {
      queues: [
        {
          url: `https://sqs.${region}.amazonaws.com/${ACCOUNT}/payment-events`,
          attributes: {
            QueueArn: `arn:aws:sqs:${region}:${ACCOUNT}:payment-events`,
            KmsMasterKeyId: 'alias/payments',
            KmsDataKeyReusePeriodSeconds: '300',
            // The alerts topic fans out into the queue: SNS as principal, confined to that topic.
            Policy: JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: { Service: 'sns.amazonaws.com' },
                  Action: 'sqs:SendMessage',
                  Resource: `arn:aws:sqs:${region}:${ACCOUNT}:payment-events`,
                  Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:${region}:${ACCOUNT}:alerts` } },
                },
              ],
            }),
          },
        },
        {
          url: `https://sqs.${region}.amazonaws.com/${ACCOUNT}/email-jobs`,
          attributes: {
            QueueArn: `arn:aws:sqs:${region}:${ACCOUNT}:email-jobs`,
            SqsManagedSseEnabled: 'true',
          },
        },
      ],
    },
    sns: {
      topics: [
        {
          arn: `arn:aws:sns:${region}:${ACCOUNT}:alerts`,
          attributes: {
            DisplayName: 'alerts',
            KmsMasterKeyId: 'alias/aws/sns',
            Owner: ACCOUNT,
            Policy: defaultTopicPolicy(`arn:aws:sns:${region}:${ACCOUNT}:alerts`),
          },
        },
        {
          arn: networkChangesTopicArn(region, ACCOUNT),
          attributes: { DisplayName: 'network-changes', KmsMasterKeyId: 'alias/aws/sns', Owner: ACCOUNT },
        },
      ],
      subscriptions: sampleSubscriptions(region, ACCOUNT),
    },
    rds: {
      instances: [
        dbInstance(region, ACCOUNT, 'payments-db', privateGroup, {
          kmsKeyId: paymentsKey.metadata.Arn,
          logExports: ['postgresql', 'upgrade'],
          parameterGroup: 'payments-postgres16',
        }),
        dbInstance(region, ACCOUNT, 'ledger-1', privateGroup, {
          engine: 'aurora-postgresql',
          cluster: 'ledger',
          kmsKeyId: ledgerKey.metadata.Arn,
        }),
        dbInstance(region, ACCOUNT, 'reporting-db', publicGroup, {
          engine: 'mysql',
          encrypted: false,
          public: true,
        }),
      ],
      clusters: [
        {
          DBClusterIdentifier: 'ledger',
          DBClusterArn: `arn:aws:rds:${region}:${ACCOUNT}:cluster:ledger`,
          Engine: 'aurora-postgresql',
          EngineVersion: '16.4',
          DBClusterParameterGroup: 'ledger-tls',
          Status: 'available',
          StorageEncrypted: true,
          KmsKeyId: ledgerKey.metadata.Arn,
          DBSubnetGroup: 'payments-private',
          DBClusterMembers: [{ DBInstanceIdentifier: 'ledger-1', IsClusterWriter: true }],
          ClusterCreateTime: CREATED,
          MultiAZ: false,
          BackupRetentionPeriod: 14,
          DeletionProtection: true,
          IAMDatabaseAuthenticationEnabled: true,
          CopyTagsToSnapshot: true,
          EnabledCloudwatchLogsExports: ['postgresql'],
        },
      ],
      subnetGroups: [privateGroup, publicGroup],
      // payments-db and the ledger force TLS; reporting-db keeps MySQL 8.0's default group (require_secure_transport OFF).
      parameterGroups: {
        'payments-postgres16': [
          { ParameterName: 'rds.force_ssl', ParameterValue: '1', Source: 'user', ApplyType: 'dynamic' },
        ],
      },
      clusterParameterGroups: {
        'ledger-tls': [
          { ParameterName: 'rds.force_ssl', ParameterValue: '1', Source: 'user', ApplyType: 'dynamic' },
        ],
      },
      snapshots: [
        {
          DBSnapshotIdentifier: 'rds:payments-db-2026-11-24-03-00',
          DBSnapshotArn: `arn:aws:rds:${region}:${ACCOUNT}:snapshot:rds:payments-db-2026-11-24-03-00`,
          DBInstanceIdentifier: 'payments-db',
          Engine: 'postgres',
          SnapshotType: 'automated',
          Status: 'available',
          Encrypted: true,
          KmsKeyId: paymentsKey.metadata.Arn,
          SnapshotCreateTime: CREATED,
        },
        // Taken by hand before a schema change, from the unencrypted reporting database.
        {
          DBSnapshotIdentifier: 'reporting-db-before-migration',
          DBSnapshotArn: `arn:aws:rds:${region}:${ACCOUNT}:snapshot:reporting-db-before-migration`,
          DBInstanceIdentifier: 'reporting-db',
          Engine: 'mysql',
          SnapshotType: 'manual',
          Status: 'available',
          Encrypted: false,
          SnapshotCreateTime: CREATED,
        },
      ],
    },
    ssm: samplePaymentsSsm(),
    ec2: {
      vpcs: [
        {
          VpcId: vpc,
          CidrBlock: '10.0.0.0/16',
          State: 'available',
          IsDefault: false,
          OwnerId: ACCOUNT,
          Tags: [{ Key: 'Name', Value: 'payments' }],
        },
      ],
      subnets: [pubA, pubB, appA, appB, dbA, dbB],
      ...samplePaymentsEc2(ACCOUNT, vpc, appA.SubnetId!, pubA.SubnetId!),
      internetGateways: [{ InternetGatewayId: igw, OwnerId: ACCOUNT, Attachments: [IGW_ATTACHED(vpc)] }],
      routeTables: [
        routeTable('rtb-0main000000000001', vpc, '10.0.0.0/16', [], { main: true }),
        routeTable('rtb-0public0000000001', vpc, '10.0.0.0/16', [pubA.SubnetId!, pubB.SubnetId!], { igw }),
        routeTable(
          'rtb-0private000000001',
          vpc,
          '10.0.0.0/16',
          [appA.SubnetId!, appB.SubnetId!, dbA.SubnetId!, dbB.SubnetId!],
          { nat: 'nat-0a1b2c3d4e5f60001' },
        ),
      ],
      volumes: [
        volume(region, 'vol-0aaa00000000000001', {
          encrypted: true,
          kmsKeyId: paymentsKey.metadata.Arn,
          instance: 'i-0aaa00000000000001',
        }),
        volume(region, 'vol-0aaa00000000000002', {
          encrypted: true,
          kmsKeyId: `arn:aws:kms:${region}:${ACCOUNT}:alias/aws/ebs`,
          instance: 'i-0aaa00000000000002',
        }),
        volume(region, 'vol-0aaa00000000000003', { encrypted: false }),
      ],
      securityGroups: [
        {
          GroupId: 'sg-alb',
          GroupName: 'payments-alb',
          Description: 'ALB',
          VpcId: vpc,
          OwnerId: ACCOUNT,
          IpPermissions: [
            { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
            { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
          ],
          IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
        },
        {
          GroupId: 'sg-db',
          GroupName: 'payments-db',
          Description: 'databases',
          VpcId: vpc,
          OwnerId: ACCOUNT,
          IpPermissions: [
            {
              IpProtocol: 'tcp',
              FromPort: 5432,
              ToPort: 5432,
              UserIdGroupPairs: [{ GroupId: 'sg-app', UserId: ACCOUNT }],
            },
          ],
          IpPermissionsEgress: [],
        },
        {
          GroupId: 'sg-legacy-ssh',
          GroupName: 'legacy-bastion',
          Description: 'old bastion',
          VpcId: vpc,
          OwnerId: ACCOUNT,
          IpPermissions: [
            {
              IpProtocol: 'tcp',
              FromPort: 22,
              ToPort: 22,
              IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'temporary' }],
            },
          ],
          IpPermissionsEgress: [],
        },
        // Non-compliant shapes a normalizer must not miss: SSH open over IPv6, and through a
        // customer-managed prefix list that holds 0.0.0.0/0. RDP from a private prefix list passes.
        {
          GroupId: 'sg-ipv6-ssh',
          GroupName: 'ipv6-bastion',
          Description: 'IPv6 bastion',
          VpcId: vpc,
          OwnerId: ACCOUNT,
          IpPermissions: [
            { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
          ],
          IpPermissionsEgress: [],
        },
        {
          GroupId: 'sg-vendor-ssh',
          GroupName: 'vendor-access',
          Description: 'vendor support',
          VpcId: vpc,
          OwnerId: ACCOUNT,
          IpPermissions: [
            {
              IpProtocol: 'tcp',
              FromPort: 22,
              ToPort: 22,
              PrefixListIds: [{ PrefixListId: 'pl-0vendors000000001' }],
            },
          ],
          IpPermissionsEgress: [],
        },
        {
          GroupId: 'sg-vpn-rdp',
          GroupName: 'vpn-rdp',
          Description: 'RDP from the corporate VPN',
          VpcId: vpc,
          OwnerId: ACCOUNT,
          IpPermissions: [
            {
              IpProtocol: 'tcp',
              FromPort: 3389,
              ToPort: 3389,
              PrefixListIds: [{ PrefixListId: 'pl-0corpvpn000000001' }],
            },
          ],
          IpPermissionsEgress: [],
        },
      ],
      prefixLists: [
        {
          PrefixListId: 'pl-0vendors000000001',
          PrefixListName: 'vendor-ranges',
          Entries: [
            { Cidr: '198.51.100.0/24', Description: 'vendor A' },
            { Cidr: '0.0.0.0/0', Description: 'vendor B (temporary)' },
          ],
        },
        {
          PrefixListId: 'pl-0corpvpn000000001',
          PrefixListName: 'corporate-vpn',
          Entries: [{ Cidr: '10.8.0.0/16' }, { Cidr: '203.0.113.0/24' }],
        },
      ],
      ebsEncryptionByDefault: true,
      ebsDefaultKmsKeyId: paymentsKey.metadata.Arn,
    },
    elbv2: { loadBalancers: [web.loadBalancer], listeners: web.listeners, rules: web.rules },
    apigateway: {
      restApis: [
        {
          id: 'a1b2c3d4e5',
          name: 'payments-api',
          createdDate: CREATED,
          endpointConfiguration: { types: ['REGIONAL'] },
          apiKeySource: 'HEADER',
          disableExecuteApiEndpoint: false,
        },
      ],
      stages: {
        a1b2c3d4e5: [
          {
            stageName: 'prod',
            deploymentId: 'dep001',
            webAclArn: albAcl.acl.ARN,
            tracingEnabled: true,
            createdDate: CREATED,
            lastUpdatedDate: CREATED,
            cacheClusterEnabled: true,
            methodSettings: {
              '*/*': {
                loggingLevel: 'ERROR',
                metricsEnabled: true,
                cachingEnabled: true,
                cacheDataEncrypted: true,
              },
            },
            accessLogSettings: {
              destinationArn: `arn:aws:logs:${region}:${ACCOUNT}:log-group:/apigateway/payments-api`,
            },
          },
          {
            stageName: 'sandbox',
            deploymentId: 'dep002',
            tracingEnabled: false,
            cacheClusterEnabled: false,
            createdDate: CREATED,
            lastUpdatedDate: CREATED,
          },
        ],
      },
    },
    efs: {
      fileSystems: [
        {
          OwnerId: ACCOUNT,
          CreationToken: 'statements',
          FileSystemId: 'fs-0a1b2c3d',
          FileSystemArn: `arn:aws:elasticfilesystem:${region}:${ACCOUNT}:file-system/fs-0a1b2c3d`,
          CreationTime: CREATED,
          LifeCycleState: 'available',
          NumberOfMountTargets: 2,
          SizeInBytes: { Value: 1024 },
          PerformanceMode: 'generalPurpose',
          Encrypted: true,
          KmsKeyId: paymentsKey.metadata.Arn,
          Tags: [],
        },
      ],
      backupPolicies: { 'fs-0a1b2c3d': 'ENABLED' },
    },
  };
}

function euWest1(): FakeRegion {
  const region = 'eu-west-1';
  const vpc = 'vpc-0e0e0e0e0e0e00001';
  const a = subnet('subnet-0eu00000000000a1', vpc, '10.1.20.0/24', 'eu-west-1a', ACCOUNT, false, 'db-a');
  const b = subnet('subnet-0eu00000000000b1', vpc, '10.1.21.0/24', 'eu-west-1b', ACCOUNT, false, 'db-b');
  const group = subnetGroup(region, ACCOUNT, 'eu-private', vpc, [a, b]);
  const key = kmsKey(region, ACCOUNT, '9234abcd-12ab-34cd-56ef-1234567890ab', {
    rotation: true,
    description: 'eu data',
  });
  return {
    // Records databases and keys only: a normalizer that reads allSupported as true would PASS it.
    config: {
      recorders: [
        {
          name: 'default',
          roleARN: `arn:aws:iam::${ACCOUNT}:role/aws-config-role`,
          recordingGroup: {
            allSupported: false,
            includeGlobalResourceTypes: false,
            resourceTypes: ['AWS::RDS::DBInstance', 'AWS::KMS::Key'],
          },
        },
      ],
      recorderStatus: [
        {
          name: 'default',
          recording: true,
          lastStatus: 'Success',
          lastStartTime: CREATED,
          lastStatusChangeTime: new Date('2026-11-24T23:00:00Z'),
        },
      ],
      deliveryChannels: [{ name: 'default', s3BucketName: 'acme-pay-config' }],
      deliveryChannelStatus: [{ name: 'default', configHistoryDeliveryInfo: { lastStatus: 'Success' } }],
    },
    // The data team's trail: everything right except log file validation.
    cloudtrail: {
      trails: [
        {
          trail: {
            Name: 'data-audit',
            S3BucketName: 'acme-pay-eu-archive',
            IncludeGlobalServiceEvents: true,
            IsMultiRegionTrail: true,
            HomeRegion: region,
            TrailARN: `arn:aws:cloudtrail:${region}:${ACCOUNT}:trail/data-audit`,
            LogFileValidationEnabled: false,
            KmsKeyId: key.metadata.Arn,
            HasCustomEventSelectors: false,
            HasInsightSelectors: false,
            IsOrganizationTrail: false,
          },
          status: {
            IsLogging: true,
            LatestDeliveryTime: new Date('2026-11-24T23:50:00Z'),
            StartLoggingTime: CREATED,
          },
          eventSelectors: [
            {
              ReadWriteType: 'All',
              IncludeManagementEvents: true,
              // Object reads and writes of every bucket, for the whole account (multi-region).
              DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }],
              ExcludeManagementEventSources: [],
            },
          ],
        },
      ],
    },
    kms: {
      keys: [key],
      aliases: [
        {
          AliasName: 'alias/eu-data',
          AliasArn: `arn:aws:kms:${region}:${ACCOUNT}:alias/eu-data`,
          TargetKeyId: key.metadata.KeyId,
        },
      ],
    },
    rds: {
      instances: [dbInstance(region, ACCOUNT, 'eu-customers', group, { kmsKeyId: key.metadata.Arn })],
      clusters: [],
      subnetGroups: [group],
      // PostgreSQL 16's default group: RDS sets rds.force_ssl to 1 from PostgreSQL 15.
      parameterGroups: {
        'default.postgres16': [
          { ParameterName: 'rds.force_ssl', ParameterValue: '1', Source: 'system', ApplyType: 'dynamic' },
        ],
      },
    },
    ec2: {
      vpcs: [
        { VpcId: vpc, CidrBlock: '10.1.0.0/16', State: 'available', IsDefault: false, OwnerId: ACCOUNT },
      ],
      subnets: [a, b],
      internetGateways: [],
      routeTables: [routeTable('rtb-0eumain0000000001', vpc, '10.1.0.0/16', [], { main: true })],
      volumes: [
        volume(region, 'vol-0eee00000000000001', {
          encrypted: true,
          kmsKeyId: key.metadata.Arn,
          instance: 'i-0eee00000000000001',
        }),
      ],
      securityGroups: [],
      ebsEncryptionByDefault: false,
    },
  };
}

export function sampleAccount(): FakeAccount {
  return {
    accountId: ACCOUNT,
    callerArn: `arn:aws:sts::${ACCOUNT}:assumed-role/soc2-scanner/nightly`,
    callerUserId: 'AROA3XFRBF23EXAMPLE:nightly',
    enabledRegions: ['us-east-1', 'eu-west-1'],
    optInRegions: ['ap-east-1'],
    regions: { 'us-east-1': usEast1(), 'eu-west-1': euWest1() },
    // The public zone does not log queries; the private one needs not.
    route53: {
      hostedZones: [
        hostedZone('Z0ACMEPAY0001', 'acme-pay.com'),
        hostedZone('Z0INTERNAL001', 'acme.internal', true),
      ],
    },
    // A member of the company's organization; nobody registered a security contact, so AWS's
    // abuse and leaked-key notices reach only the root mailbox.
    memberOf: { organizationId: 'o-acme7x2k9q', managementAccountId: '210987654321' },
    iam: withSampleIdentity({
      rootMfaEnabled: true,
      rootAccessKeysPresent: false,
      // Root last signed in to set up billing, months before the scan.
      rootPasswordLastUsed: new Date('2026-02-10T16:31:00Z'),
      // Weak: complexity on, but 8 characters and no reuse prevention (CIS asks 14 and 24).
      passwordPolicy: {
        MinimumPasswordLength: 8,
        RequireSymbols: true,
        RequireNumbers: true,
        RequireUppercaseCharacters: true,
        RequireLowercaseCharacters: true,
        AllowUsersToChangePassword: true,
        ExpirePasswords: true,
        MaxPasswordAge: 90,
        HardExpiry: false,
      },
      users: [
        {
          user: {
            UserName: 'alice',
            UserId: 'AIDAALICE0000000001',
            Arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
            Path: '/',
            CreateDate: CREATED,
            PasswordLastUsed: new Date('2026-11-20T08:00:00Z'),
          },
          hasConsolePassword: true,
          mfaDevices: [
            { UserName: 'alice', SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/alice`, EnableDate: CREATED },
          ],
        },
        {
          user: {
            UserName: 'bob',
            UserId: 'AIDABOB00000000001',
            Arn: `arn:aws:iam::${ACCOUNT}:user/bob`,
            Path: '/',
            CreateDate: CREATED,
            PasswordLastUsed: new Date('2026-10-02T08:00:00Z'),
          },
          hasConsolePassword: true,
          mfaDevices: [],
        },
        {
          user: {
            UserName: 'ci-deploy',
            UserId: 'AIDACIDEPLOY000001',
            Arn: `arn:aws:iam::${ACCOUNT}:user/ci-deploy`,
            Path: '/service/',
            CreateDate: CREATED,
          },
          accessKeys: [
            {
              metadata: {
                AccessKeyId: 'AKIACIDEPLOY0000001',
                Status: 'Active',
                CreateDate: new Date('2026-09-01T00:00:00Z'),
              },
              lastUsed: {
                LastUsedDate: new Date('2026-11-24T22:00:00Z'),
                ServiceName: 's3',
                Region: 'us-east-1',
              },
            },
          ],
        },
        {
          user: {
            UserName: 'old-reporting',
            UserId: 'AIDAOLDREPORT00001',
            Arn: `arn:aws:iam::${ACCOUNT}:user/old-reporting`,
            Path: '/service/',
            CreateDate: new Date('2023-01-01T00:00:00Z'),
          },
          accessKeys: [
            {
              metadata: {
                AccessKeyId: 'AKIAOLDREPORT000001',
                Status: 'Active',
                CreateDate: new Date('2023-01-01T00:00:00Z'),
              },
              lastUsed: {
                LastUsedDate: new Date('2024-02-01T00:00:00Z'),
                ServiceName: 'rds',
                Region: 'us-east-1',
              },
            },
          ],
        },
      ],
    }),
    s3: {
      // ACLs blocked account-wide, public bucket policies still allowed (the marketing site relies on one).
      accountPublicAccessBlock: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: false,
        RestrictPublicBuckets: false,
      },
      buckets: [
        {
          name: 'acme-pay-statements',
          region: 'us-east-1',
          creationDate: CREATED,
          encryption: {
            Rules: [
              {
                ApplyServerSideEncryptionByDefault: {
                  SSEAlgorithm: 'aws:kms',
                  KMSMasterKeyID:
                    'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
                },
                BucketKeyEnabled: true,
              },
            ],
          },
          publicAccessBlock: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: true,
          },
          policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'DenyInsecureTransport',
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: ['arn:aws:s3:::acme-pay-statements', 'arn:aws:s3:::acme-pay-statements/*'],
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
            ],
          }),
          versioning: { Status: 'Enabled', MFADelete: 'Disabled' },
          logging: { TargetBucket: 'acme-pay-cloudtrail', TargetPrefix: 'access/statements/' },
          notifications: { EventBridgeConfiguration: {} },
          replication: {
            Role: 'arn:aws:iam::123456789012:role/s3-replication',
            Rules: [
              {
                ID: 'dr-copy',
                Status: 'Enabled',
                Priority: 1,
                Filter: {},
                DeleteMarkerReplication: { Status: 'Disabled' },
                Destination: { Bucket: 'arn:aws:s3:::acme-pay-eu-archive' },
              },
            ],
          },
          lifecycleRules: [
            {
              ID: 'expire-noncurrent',
              Status: 'Enabled',
              Filter: {},
              NoncurrentVersionExpiration: { NoncurrentDays: 90 },
            },
          ],
        },
        // The trail bucket: versioned and expiring, but nobody logs who reads the trail logs.
        {
          name: 'acme-pay-cloudtrail',
          region: 'us-east-1',
          creationDate: CREATED,
          encryption: {
            Rules: [
              { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false },
            ],
          },
          publicAccessBlock: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: true,
          },
          versioning: { Status: 'Enabled', MFADelete: 'Disabled' },
          lifecycleRules: [{ ID: 'archive', Status: 'Enabled', Filter: {}, Expiration: { Days: 2555 } }],
        },
        {
          name: 'acme-pay-marketing-site',
          region: 'us-east-1',
          creationDate: CREATED,
          policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'PublicRead',
                Effect: 'Allow',
                Principal: '*',
                Action: 's3:GetObject',
                Resource: 'arn:aws:s3:::acme-pay-marketing-site/*',
              },
            ],
          }),
        },
        // Only the ACL settings on: a policy can still make it public (the account blocks ACLs only).
        {
          name: 'acme-pay-partner-uploads',
          region: 'us-east-1',
          creationDate: CREATED,
          encryption: {
            Rules: [
              {
                ApplyServerSideEncryptionByDefault: {
                  SSEAlgorithm: 'aws:kms',
                  KMSMasterKeyID:
                    'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
                },
                BucketKeyEnabled: true,
              },
            ],
          },
          publicAccessBlock: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: false,
            RestrictPublicBuckets: false,
          },
        },
        {
          name: 'acme-pay-eu-archive',
          region: 'eu-west-1',
          creationDate: CREATED,
          versioning: { Status: 'Enabled', MFADelete: 'Enabled' },
          objectLock: {
            ObjectLockEnabled: 'Enabled',
            Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Years: 7 } },
          },
          encryption: {
            Rules: [
              { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' }, BucketKeyEnabled: true },
            ],
          },
          publicAccessBlock: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: true,
          },
        },
      ],
    },
    cloudfront: {
      distributions: [
        distribution(ACCOUNT, 'E1PAYAPP0000001', {
          comment: 'app.acme-pay.example',
          domainAliases: ['app.acme-pay.example'],
          certificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/app`,
          minimumProtocolVersion: 'TLSv1.2_2021',
          viewerProtocolPolicy: 'redirect-to-https',
          webAclArn: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/cdn-protection/c0ffee00-0000-4000-8000-000000000001`,
          origin: 'payments-alb-123456789.us-east-1.elb.amazonaws.com',
        }),
        // A custom certificate, HTTPS only and WAF, but a security policy that still accepts TLSv1.
        distribution(ACCOUNT, 'E3PARTNERS00001', {
          comment: 'partners.acme-pay.example',
          domainAliases: ['partners.acme-pay.example'],
          certificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/partners`,
          minimumProtocolVersion: 'TLSv1_2016',
          viewerProtocolPolicy: 'https-only',
          webAclArn: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/cdn-protection/c0ffee00-0000-4000-8000-000000000001`,
          origin: 'payments-alb-123456789.us-east-1.elb.amazonaws.com',
        }),
        distribution(ACCOUNT, 'E2MARKETING0001', {
          comment: 'legacy marketing site',
          viewerProtocolPolicy: 'allow-all',
          origin: 'acme-pay-marketing-site.s3.amazonaws.com',
        }),
      ],
    },
  };
}
