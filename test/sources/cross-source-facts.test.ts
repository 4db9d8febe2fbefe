/**
 * One mapping into the inventory (issue 12 item 1): the same AWS shape gets the
 * same verdict from a template and from a live account. Each case goes through
 * both real pipelines: the template source on template text, and the live
 * source over the loopback AWS server. These are the cases where the two
 * mappings had drifted apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CacheBehavior } from '@aws-sdk/client-cloudfront';
import type { FileSystemDescription } from '@aws-sdk/client-efs';
import type { IpPermission, Route } from '@aws-sdk/client-ec2';
import type { DBCluster as RdsCluster } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import type { Finding } from '../../src/engine/finding.js';
import { runRules } from '../../src/engine/run.js';
import {
  alb,
  dbInstance,
  distribution,
  routeTable,
  subnet,
  subnetGroup,
  volume,
} from '../support/aws-server/builders.js';
import { emptyAccount, type FakeAccount, type FakeRegion } from '../support/aws-server/index.js';
import { inventoryFromTemplate } from '../support/template.js';
import { SCANNED_AT, scanFake } from './live/helpers.js';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';

type Verdict = Pick<Finding, 'status' | 'message'>;

/** ruleId -> resource (template logical id or live id) -> verdict. */
async function templateVerdicts(text: string): Promise<Map<string, Verdict>> {
  const inventory = await inventoryFromTemplate(text);
  const findings = runRules(inventory, allRules, { now: SCANNED_AT });
  return new Map(
    findings.map((finding) => [
      `${finding.ruleId} ${finding.resource.id.replace(/^template\//, '')}`,
      { status: finding.status, message: finding.message },
    ]),
  );
}

async function liveVerdicts(
  region: FakeRegion,
  extra: Partial<FakeAccount> = {},
): Promise<Map<string, Verdict>> {
  const scan = await scanFake(emptyAccount({ accountId: ACCOUNT, regions: { [REGION]: region }, ...extra }));
  return new Map(
    scan.findings.map((finding) => [
      `${finding.ruleId} ${finding.resource.id}`,
      { status: finding.status, message: finding.message },
    ]),
  );
}

function verdict(verdicts: Map<string, Verdict>, key: string): Verdict {
  const found = verdicts.get(key);
  if (!found) throw new Error(`no finding ${key}; have ${[...verdicts.keys()].join(', ')}`);
  return found;
}

describe('security-group permissions', () => {
  const RULE = 'sg-no-public-admin-ports';
  const permissions: Record<string, { template: string; live: IpPermission }> = {
    // Missing IpProtocol: templates read it as no port, live as all ports; it is required, so neither.
    NoProtocol: {
      template: '{ FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }',
      live: { FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
    },
    // No source at all: templates read it as a rule open to nobody, live too; it was not read.
    NoSource: {
      template: '{ IpProtocol: tcp, FromPort: 22, ToPort: 22 }',
      live: { IpProtocol: 'tcp', FromPort: 22, ToPort: 22 },
    },
    WorldSsh: {
      template: '{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIpv6: ::/0 }',
      live: { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
    },
    AllTraffic: {
      template: "{ IpProtocol: '-1', CidrIp: 0.0.0.0/0 }",
      live: { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
    },
    Https: {
      template: '{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }',
      live: { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
    },
  };
  const expected: Record<string, [string, RegExp]> = {
    NoProtocol: ['UNKNOWN', /IpProtocol (is not set|was not returned) \(required/],
    NoSource: ['UNKNOWN', /source: none/],
    WorldSsh: ['FAIL', /SSH \(22\) from ::\/0/],
    AllTraffic: ['FAIL', /SSH \(22\) from 0\.0\.0\.0\/0/],
    Https: ['PASS', /no SSH or RDP ingress/],
  };

  it('the same permission gets the same verdict from a template and live', async () => {
    const template = await templateVerdicts(
      `Resources:\n${Object.entries(permissions)
        .map(
          ([name, { template: entry }]) => `  ${name}:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: ${name}, VpcId: vpc-1, SecurityGroupIngress: [${entry}] }`,
        )
        .join('\n')}`,
    );
    const live = await liveVerdicts({
      ec2: {
        securityGroups: Object.entries(permissions).map(([name, { live: permission }]) => ({
          GroupId: `sg-${name.toLowerCase()}`,
          GroupName: name,
          Description: name,
          VpcId: 'vpc-1',
          OwnerId: ACCOUNT,
          IpPermissions: [permission],
          IpPermissionsEgress: [],
        })),
      },
    });
    for (const [name, [status, message]] of Object.entries(expected)) {
      const fromTemplate = verdict(template, `${RULE} ${name}`);
      const fromLive = verdict(live, `${RULE} sg-${name.toLowerCase()}`);
      expect({ name, template: fromTemplate.status, live: fromLive.status }).toEqual({
        name,
        template: status,
        live: status,
      });
      expect(fromTemplate.message, name).toMatch(message);
      expect(fromLive.message, name).toMatch(message);
    }
  });
});

describe('CloudFront viewer protocol policy', () => {
  const RULE = 'cloudfront-min-tls';
  const certificate = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/abc`;
  const templateDistribution = (name: string, defaultBehavior: string, ordered = '') => `  ${name}:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [${name.toLowerCase()}.example.com]
        Origins: [{ Id: primary, DomainName: origin.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
        ViewerCertificate: { AcmCertificateArn: ${certificate}, SslSupportMethod: sni-only, MinimumProtocolVersion: TLSv1.2_2021 }
        DefaultCacheBehavior: { TargetOriginId: primary${defaultBehavior} }${ordered}`;
  const liveDistribution = (
    id: string,
    policy: string | undefined,
    ordered?: { Quantity: number; Items?: CacheBehavior[] },
  ) => {
    const base = distribution(ACCOUNT, id, {
      comment: id,
      domainAliases: [`${id.toLowerCase()}.example.com`],
      certificateArn: certificate,
      viewerProtocolPolicy: 'https-only',
      origin: 'origin.example.com',
    });
    const defaultBehavior = {
      ...base.summary.DefaultCacheBehavior!,
      ViewerProtocolPolicy: policy,
    } as typeof base.summary.DefaultCacheBehavior;
    return {
      ...base,
      summary: {
        ...base.summary,
        DefaultCacheBehavior: defaultBehavior,
        ...(ordered && { CacheBehaviors: ordered }),
      },
    };
  };

  it('a missing policy is UNKNOWN from both (required, no default); allow-all FAILs and https-only PASSes in both', async () => {
    const template = await templateVerdicts(
      `Resources:\n${[
        templateDistribution('NoPolicy', ''),
        templateDistribution('AllowAll', ', ViewerProtocolPolicy: allow-all'),
        templateDistribution('HttpsOnly', ', ViewerProtocolPolicy: https-only'),
        templateDistribution(
          'NoPolicyOrdered',
          ', ViewerProtocolPolicy: https-only',
          '\n        CacheBehaviors: [{ PathPattern: /api/*, TargetOriginId: primary }]',
        ),
      ].join('\n')}`,
    );
    const live = await liveVerdicts(
      {},
      {
        cloudfront: {
          distributions: [
            liveDistribution('ENOPOLICY', undefined),
            liveDistribution('EALLOWALL', 'allow-all'),
            liveDistribution('EHTTPSONLY', 'https-only'),
            liveDistribution('ENOPOLICYORDERED', 'https-only', {
              Quantity: 1,
              Items: [{ PathPattern: '/api/*', TargetOriginId: 'primary' } as CacheBehavior],
            }),
            // Quantity says one ordered behavior, and none came back: not read.
            liveDistribution('EORDEREDUNREAD', 'https-only', { Quantity: 1 }),
          ],
        },
      },
    );
    const liveOf = (id: string): Verdict =>
      verdict(live, `${RULE} arn:aws:cloudfront::${ACCOUNT}:distribution/${id}`);
    const pairs: [string, Verdict, Verdict, string][] = [
      ['no policy', verdict(template, `${RULE} NoPolicy`), liveOf('ENOPOLICY'), 'UNKNOWN'],
      [
        'no policy on an ordered behavior',
        verdict(template, `${RULE} NoPolicyOrdered`),
        liveOf('ENOPOLICYORDERED'),
        'UNKNOWN',
      ],
      ['allow-all', verdict(template, `${RULE} AllowAll`), liveOf('EALLOWALL'), 'FAIL'],
      ['https-only', verdict(template, `${RULE} HttpsOnly`), liveOf('EHTTPSONLY'), 'PASS'],
    ];
    for (const [name, fromTemplate, fromLive, status] of pairs) {
      expect({ name, template: fromTemplate.status, live: fromLive.status }).toEqual({
        name,
        template: status,
        live: status,
      });
      if (status === 'UNKNOWN') {
        expect(fromTemplate.message).toMatch(/ViewerProtocolPolicy is not set \(required/);
        expect(fromLive.message).toMatch(/ViewerProtocolPolicy was not returned \(required/);
      }
    }
    expect(liveOf('EORDEREDUNREAD')).toMatchObject({
      status: 'UNKNOWN',
      message: expect.stringMatching(/CacheBehaviors.Items was not returned/),
    });
  });
});

describe('route targets', () => {
  const RULE = 'db-subnets-private';
  /** Default-route targets: CloudFormation property (= EC2 API field) and value. */
  const targets: Record<string, [string, string] | undefined> = {
    NoTarget: undefined,
    Igw: ['GatewayId', 'igw-0abc'],
    Nat: ['NatGatewayId', 'nat-0abc'],
    Carrier: ['CarrierGatewayId', 'cagw-0abc'],
    Transit: ['TransitGatewayId', 'tgw-0abc'],
    Peering: ['VpcPeeringConnectionId', 'pcx-0abc'],
    Vgw: ['GatewayId', 'vgw-0abc'],
  };
  const expected: Record<string, string> = {
    NoTarget: 'UNKNOWN',
    Igw: 'FAIL',
    Nat: 'PASS',
    Carrier: 'PASS',
    Transit: 'PASS',
    Peering: 'PASS',
    Vgw: 'PASS',
  };

  it('every target kind is read the same way; a route without a target is UNKNOWN in both', async () => {
    for (const [name, target] of Object.entries(targets)) {
      const template = await templateVerdicts(`Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Subnet: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 } }
  Table: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !Ref Vpc } }
  Association: { Type: AWS::EC2::SubnetRouteTableAssociation, Properties: { RouteTableId: !Ref Table, SubnetId: !Ref Subnet } }
  Default:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0${target ? `, ${target[0]}: ${target[1]}` : ''} }
  Group: { Type: AWS::RDS::DBSubnetGroup, Properties: { DBSubnetGroupDescription: db, SubnetIds: [!Ref Subnet] } }
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t3.micro, DBSubnetGroupName: !Ref Group, PubliclyAccessible: false, StorageEncrypted: true }
`);
      const dbSubnet = subnet('subnet-0db', 'vpc-0db', '10.0.1.0/24', `${REGION}a`, ACCOUNT);
      const table = routeTable('rtb-0db', 'vpc-0db', '10.0.0.0/16', ['subnet-0db']);
      const route: Route = { DestinationCidrBlock: '0.0.0.0/0', Origin: 'CreateRoute', State: 'active' };
      if (target) (route as Record<string, string>)[target[0]] = target[1];
      table.Routes!.push(route);
      const group = subnetGroup(REGION, ACCOUNT, 'db', 'vpc-0db', [dbSubnet]);
      const live = await liveVerdicts({
        ec2: { subnets: [dbSubnet], routeTables: [table], internetGateways: [] },
        rds: { instances: [dbInstance(REGION, ACCOUNT, 'db', group)], subnetGroups: [group] },
      });
      const fromTemplate = verdict(template, `${RULE} Db`);
      const fromLive = verdict(live, `${RULE} arn:aws:rds:${REGION}:${ACCOUNT}:db:db`);
      expect({ name, template: fromTemplate.status, live: fromLive.status }).toEqual({
        name,
        template: expected[name],
        live: expected[name],
      });
    }
  });
});

describe('flag encryption (EBS, EFS, RDS)', () => {
  it('encrypted and unencrypted stores get the same storage-encrypted verdict', async () => {
    const template = await templateVerdicts(`Resources:
  PlainVolume: { Type: AWS::EC2::Volume, Properties: { AvailabilityZone: us-east-1a, Size: 10, Encrypted: false } }
  SealedVolume: { Type: AWS::EC2::Volume, Properties: { AvailabilityZone: us-east-1a, Size: 10, Encrypted: true } }
  PlainFs: { Type: AWS::EFS::FileSystem, Properties: { Encrypted: false } }
  SealedFs: { Type: AWS::EFS::FileSystem, Properties: { Encrypted: true } }
  PlainDb: { Type: AWS::RDS::DBInstance, Properties: { Engine: postgres, DBInstanceClass: db.t3.micro, StorageEncrypted: false, PubliclyAccessible: false } }
  SealedDb: { Type: AWS::RDS::DBInstance, Properties: { Engine: postgres, DBInstanceClass: db.t3.micro, StorageEncrypted: true, PubliclyAccessible: false } }
`);
    const fileSystem = (id: string, encrypted: boolean): FileSystemDescription =>
      ({
        FileSystemId: id,
        FileSystemArn: `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/${id}`,
        OwnerId: ACCOUNT,
        CreationToken: id,
        CreationTime: new Date('2025-03-01T10:00:00Z'),
        LifeCycleState: 'available',
        NumberOfMountTargets: 0,
        SizeInBytes: { Value: 0 },
        PerformanceMode: 'generalPurpose',
        Encrypted: encrypted,
        KmsKeyId: encrypted ? `arn:aws:kms:${REGION}:${ACCOUNT}:key/aws-efs-managed` : undefined,
        Tags: [],
      }) as FileSystemDescription;
    const group = subnetGroup(REGION, ACCOUNT, 'db', 'vpc-0db', []);
    const live = await liveVerdicts({
      ec2: {
        volumes: [
          volume(REGION, 'vol-plain', { encrypted: false }),
          volume(REGION, 'vol-sealed', { encrypted: true }),
        ],
      },
      efs: { fileSystems: [fileSystem('fs-plain', false), fileSystem('fs-sealed', true)] },
      rds: {
        instances: [
          dbInstance(REGION, ACCOUNT, 'plain-db', group, { encrypted: false }),
          dbInstance(REGION, ACCOUNT, 'sealed-db', group, { encrypted: true }),
        ],
        subnetGroups: [group],
      },
    });
    const pairs: [string, string, string][] = [
      ['PlainVolume', 'vol-plain', 'FAIL'],
      ['SealedVolume', 'vol-sealed', 'PASS'],
      ['PlainFs', `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-plain`, 'FAIL'],
      ['SealedFs', `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-sealed`, 'PASS'],
      ['PlainDb', `arn:aws:rds:${REGION}:${ACCOUNT}:db:plain-db`, 'FAIL'],
      ['SealedDb', `arn:aws:rds:${REGION}:${ACCOUNT}:db:sealed-db`, 'PASS'],
    ];
    for (const [logicalId, liveId, status] of pairs) {
      const fromTemplate = verdict(template, `storage-encrypted ${logicalId}`);
      const fromLive = verdict(live, `storage-encrypted ${liveId}`);
      expect({ logicalId, template: fromTemplate.status, live: fromLive.status }).toEqual({
        logicalId,
        template: status,
        live: status,
      });
    }
  });
});

describe('S3 default encryption and SQS encryption', () => {
  it('the same configuration gets the same storage-encrypted verdict', async () => {
    const template = await templateVerdicts(`Resources:
  SseS3:
    Type: AWS::S3::Bucket
    Properties: { BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: AES256 } }] } }
  SseKms:
    Type: AWS::S3::Bucket
    Properties: { BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] } }
  NoAlgorithm:
    Type: AWS::S3::Bucket
    Properties: { BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { KMSMasterKeyID: alias/x } }] } }
  KmsQueue: { Type: AWS::SQS::Queue, Properties: { KmsMasterKeyId: alias/aws/sqs } }
  SseSqsQueue: { Type: AWS::SQS::Queue, Properties: { SqsManagedSseEnabled: true } }
  PlainQueue: { Type: AWS::SQS::Queue, Properties: { SqsManagedSseEnabled: false } }
`);
    const bucket = (name: string, rule: Record<string, string>) => ({
      name,
      region: REGION,
      creationDate: new Date('2025-03-01T10:00:00Z'),
      encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: rule as { SSEAlgorithm: 'AES256' } }] },
    });
    const queue = (name: string, attributes: Record<string, string>) => ({
      url: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${name}`,
      attributes: { QueueArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:${name}`, ...attributes },
    });
    const live = await liveVerdicts(
      {
        sqs: {
          queues: [
            queue('kms-queue', { KmsMasterKeyId: 'alias/aws/sqs' }),
            queue('sse-sqs-queue', { SqsManagedSseEnabled: 'true' }),
            queue('plain-queue', { SqsManagedSseEnabled: 'false' }),
          ],
        },
      },
      {
        s3: {
          buckets: [
            bucket('sse-s3', { SSEAlgorithm: 'AES256' }),
            bucket('sse-kms', { SSEAlgorithm: 'aws:kms' }),
            bucket('no-algorithm', { KMSMasterKeyID: 'alias/x' }),
          ],
        },
      },
    );
    const pairs: [string, string, string][] = [
      ['SseS3', 'sse-s3', 'PASS'],
      ['SseKms', 'sse-kms', 'PASS'],
      // SSEAlgorithm is required: a rule without it was not read (live used to call it unencrypted).
      ['NoAlgorithm', 'no-algorithm', 'UNKNOWN'],
      ['KmsQueue', `arn:aws:sqs:${REGION}:${ACCOUNT}:kms-queue`, 'PASS'],
      ['SseSqsQueue', `arn:aws:sqs:${REGION}:${ACCOUNT}:sse-sqs-queue`, 'PASS'],
      ['PlainQueue', `arn:aws:sqs:${REGION}:${ACCOUNT}:plain-queue`, 'FAIL'],
    ];
    for (const [logicalId, liveId, status] of pairs) {
      const fromTemplate = verdict(template, `storage-encrypted ${logicalId}`);
      const fromLive = verdict(live, `storage-encrypted ${liveId}`);
      expect({ logicalId, template: fromTemplate.status, live: fromLive.status }).toEqual({
        logicalId,
        template: status,
        live: status,
      });
    }
  });
});

describe('load-balancer listener actions', () => {
  const RULE = 'http-redirects-to-https';
  it('a listener whose default actions were not read is UNKNOWN in both, not judged by its rules alone', async () => {
    const template = await templateVerdicts(`Resources:
  Lb: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { Scheme: internet-facing, Subnets: [subnet-1, subnet-2] } }
  NoDefaults: { Type: AWS::ElasticLoadBalancingV2::Listener, Properties: { LoadBalancerArn: !Ref Lb, Port: 80, Protocol: HTTP } }
  RedirectRule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref NoDefaults
      Priority: 1
      Conditions: [{ Field: path-pattern, Values: ['/*'] }]
      Actions: [{ Type: redirect, RedirectConfig: { Protocol: HTTPS, StatusCode: HTTP_301 } }]
  Redirects:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Port: 8080
      Protocol: HTTP
      DefaultActions: [{ Type: redirect, RedirectConfig: { Protocol: HTTPS, StatusCode: HTTP_301 } }]
`);
    const noDefaults = alb(REGION, ACCOUNT, 'no-defaults', 'vpc-1', ['subnet-1', 'subnet-2'], {
      sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      httpRedirect: true,
    });
    const redirects = alb(REGION, ACCOUNT, 'redirects', 'vpc-1', ['subnet-1', 'subnet-2'], {
      sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      httpRedirect: true,
    });
    const unread = noDefaults.listeners.find((listener) => listener.Protocol === 'HTTP')!;
    // The rules (the default rule among them) still redirect; the listener's own DefaultActions went missing.
    delete unread.DefaultActions;
    const live = await liveVerdicts({
      elbv2: {
        loadBalancers: [noDefaults.loadBalancer, redirects.loadBalancer],
        listeners: [...noDefaults.listeners, ...redirects.listeners],
        rules: { ...noDefaults.rules, ...redirects.rules },
      },
    });
    const redirecting = redirects.listeners.find((listener) => listener.Protocol === 'HTTP')!;
    const pairs: [string, string, string][] = [
      ['NoDefaults', unread.ListenerArn!, 'UNKNOWN'],
      ['Redirects', redirecting.ListenerArn!, 'PASS'],
    ];
    for (const [logicalId, liveId, status] of pairs) {
      const fromTemplate = verdict(template, `${RULE} ${logicalId}`);
      const fromLive = verdict(live, `${RULE} ${liveId}`);
      expect({ logicalId, template: fromTemplate.status, live: fromLive.status }).toEqual({
        logicalId,
        template: status,
        live: status,
      });
      if (status === 'UNKNOWN') {
        expect(fromTemplate.message).toMatch(/DefaultActions is not set/);
        expect(fromLive.message).toMatch(/DefaultActions was not returned/);
      }
    }
  });
});

describe('DB clusters: Aurora or Multi-AZ', () => {
  const RULE = 'db-not-publicly-accessible';
  const cluster = (name: string, engine: string, publiclyAccessible?: boolean): RdsCluster => ({
    DBClusterIdentifier: name,
    DBClusterArn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:${name}`,
    Engine: engine,
    Status: 'available',
    StorageEncrypted: true,
    KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/aws-rds-managed`,
    MultiAZ: true,
    PubliclyAccessible: publiclyAccessible,
  });

  it('only an engine known to be Aurora is NOT_APPLICABLE; a Multi-AZ cluster is judged, or UNKNOWN', async () => {
    const template = await templateVerdicts(`Resources:
  Aurora: { Type: AWS::RDS::DBCluster, Properties: { Engine: aurora-postgresql, StorageEncrypted: true } }
  MultiAzPublic: { Type: AWS::RDS::DBCluster, Properties: { Engine: mysql, StorageEncrypted: true, PubliclyAccessible: true } }
  MultiAzPrivate: { Type: AWS::RDS::DBCluster, Properties: { Engine: postgres, StorageEncrypted: true, PubliclyAccessible: false } }
  MultiAzUnset: { Type: AWS::RDS::DBCluster, Properties: { Engine: mysql, StorageEncrypted: true } }
`);
    const live = await liveVerdicts({
      rds: {
        clusters: [
          cluster('aurora', 'aurora-postgresql'),
          cluster('multi-az-public', 'mysql', true),
          cluster('multi-az-private', 'postgres', false),
          // Multi-AZ DB clusters always report PubliclyAccessible: without it, the answer was not read.
          cluster('multi-az-unset', 'mysql'),
        ],
      },
    });
    const pairs: [string, string, string][] = [
      ['Aurora', 'aurora', 'NOT_APPLICABLE'],
      ['MultiAzPublic', 'multi-az-public', 'FAIL'],
      ['MultiAzPrivate', 'multi-az-private', 'PASS'],
      ['MultiAzUnset', 'multi-az-unset', 'UNKNOWN'],
    ];
    for (const [logicalId, name, status] of pairs) {
      const fromTemplate = verdict(template, `${RULE} ${logicalId}`);
      const fromLive = verdict(live, `${RULE} arn:aws:rds:${REGION}:${ACCOUNT}:cluster:${name}`);
      expect({ logicalId, template: fromTemplate.status, live: fromLive.status }).toEqual({
        logicalId,
        template: status,
        live: status,
      });
      if (status !== 'NOT_APPLICABLE') {
        expect(fromTemplate.message).not.toMatch(/Aurora/);
        expect(fromLive.message).not.toMatch(/Aurora/);
      }
    }
  });
});

describe('S3 Block Public Access', () => {
  it('the same settings give the same verdict and message from a template and live', async () => {
    const template = await templateVerdicts(`Resources:
  Partial:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false }
  Full:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }
`);
    const bucket = (name: string, block: Record<string, boolean>) => ({
      name,
      region: REGION,
      creationDate: new Date('2025-03-01T10:00:00Z'),
      encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' as const } }] },
      publicAccessBlock: block,
    });
    const live = await liveVerdicts(
      {},
      {
        s3: {
          buckets: [
            bucket('partial', {
              BlockPublicAcls: true,
              IgnorePublicAcls: true,
              BlockPublicPolicy: false,
              RestrictPublicBuckets: false,
            }),
            bucket('full', {
              BlockPublicAcls: true,
              IgnorePublicAcls: true,
              BlockPublicPolicy: true,
              RestrictPublicBuckets: true,
            }),
          ],
        },
      },
    );
    // Live also reads the account-level setting (off in this account), which a template cannot hold:
    // same verdict, same settings named, the live message adds what it knows about the account level.
    expect(verdict(live, 's3-public-access-blocked partial').status).toBe(
      verdict(template, 's3-public-access-blocked Partial').status,
    );
    for (const found of [
      verdict(live, 's3-public-access-blocked partial'),
      verdict(template, 's3-public-access-blocked Partial'),
    ])
      expect(found.message).toMatch(/settings off.*: blockPublicPolicy, restrictPublicBuckets/);
    expect(verdict(live, 's3-public-access-blocked full')).toEqual(
      verdict(template, 's3-public-access-blocked Full'),
    );
    expect(verdict(live, 's3-public-access-blocked partial').status).toBe('FAIL');
  });

  it('no rule asks which source a fact came from to decide a verdict', () => {
    // Reading a live resource's account from its origin (to group trails by account) is location, not a verdict branch.
    const directory = join(import.meta.dirname, '../../rules');
    const files = readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.ts'),
    );
    const asking = files.filter((file) =>
      /meta\.source|(origin\.kind|\bsource)\s*[!=]==?\s*'(template|snapshot)'/.test(
        readFileSync(join(directory, file), 'utf8'),
      ),
    );
    expect(asking).toEqual([]);
    // The check itself: the rule this issue fixed used to branch on a template origin.
    expect(
      /(origin\.kind|\bsource)\s*[!=]==?\s*'(template|snapshot)'/.test(
        "if (bucket.origin.kind === 'template') {",
      ),
    ).toBe(true);
  });
});
