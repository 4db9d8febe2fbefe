/** Small constructors of SDK-shaped fixtures, shared by sampleAccount and largeAccount. */
import type { DistributionConfig } from '@aws-sdk/client-cloudfront';
import type { DBInstance, DBSubnetGroup } from '@aws-sdk/client-rds';
import type { AttachmentStatus, RouteTable, Subnet, Volume } from '@aws-sdk/client-ec2';
import type { Listener, LoadBalancer, Rule } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { FakeDistribution, FakeKmsKey, FakeWebAcl } from './account.js';

export const CREATED = new Date('2025-03-01T10:00:00Z');

/** DescribeInternetGateways reports attached gateways as "available", a value outside the SDK's AttachmentStatus enum. */
export const IGW_ATTACHED = (vpcId: string) => ({ VpcId: vpcId, State: 'available' as AttachmentStatus });

export function kmsKey(
  region: string,
  account: string,
  keyId: string,
  options: {
    manager?: 'AWS' | 'CUSTOMER';
    rotation?: boolean;
    spec?: string;
    state?: string;
    description?: string;
  } = {},
): FakeKmsKey {
  const spec = options.spec ?? 'SYMMETRIC_DEFAULT';
  return {
    metadata: {
      AWSAccountId: account,
      KeyId: keyId,
      Arn: `arn:aws:kms:${region}:${account}:key/${keyId}`,
      CreationDate: CREATED,
      Enabled: (options.state ?? 'Enabled') === 'Enabled',
      Description: options.description ?? '',
      KeyUsage: spec.startsWith('RSA') || spec.startsWith('ECC') ? 'SIGN_VERIFY' : 'ENCRYPT_DECRYPT',
      KeyState: (options.state ?? 'Enabled') as 'Enabled',
      Origin: 'AWS_KMS',
      KeyManager: options.manager ?? 'CUSTOMER',
      CustomerMasterKeySpec: spec as 'SYMMETRIC_DEFAULT',
      KeySpec: spec as 'SYMMETRIC_DEFAULT',
      EncryptionAlgorithms: spec === 'SYMMETRIC_DEFAULT' ? ['SYMMETRIC_DEFAULT'] : undefined,
      SigningAlgorithms: spec.startsWith('RSA') ? ['RSASSA_PSS_SHA_256'] : undefined,
      MultiRegion: false,
    },
    rotationEnabled: options.rotation,
  };
}

export function subnet(
  id: string,
  vpcId: string,
  cidr: string,
  az: string,
  account: string,
  isPublic = false,
  name?: string,
): Subnet {
  return {
    SubnetId: id,
    VpcId: vpcId,
    CidrBlock: cidr,
    AvailabilityZone: az,
    AvailableIpAddressCount: 250,
    DefaultForAz: false,
    MapPublicIpOnLaunch: isPublic,
    State: 'available',
    OwnerId: account,
    SubnetArn: `arn:aws:ec2:${az.slice(0, -1)}:${account}:subnet/${id}`,
    Tags: name ? [{ Key: 'Name', Value: name }] : undefined,
  };
}

export function routeTable(
  id: string,
  vpcId: string,
  vpcCidr: string,
  subnetIds: string[],
  options: { main?: boolean; igw?: string; nat?: string } = {},
): RouteTable {
  const routes: NonNullable<RouteTable['Routes']> = [
    { DestinationCidrBlock: vpcCidr, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
  ];
  if (options.igw)
    routes.push({
      DestinationCidrBlock: '0.0.0.0/0',
      GatewayId: options.igw,
      Origin: 'CreateRoute',
      State: 'active',
    });
  if (options.nat)
    routes.push({
      DestinationCidrBlock: '0.0.0.0/0',
      NatGatewayId: options.nat,
      Origin: 'CreateRoute',
      State: 'active',
    });
  return {
    RouteTableId: id,
    VpcId: vpcId,
    Routes: routes,
    Associations: [
      ...(options.main
        ? [
            {
              Main: true,
              RouteTableAssociationId: `rtbassoc-${id.slice(4)}m`,
              RouteTableId: id,
              AssociationState: { State: 'associated' as const },
            },
          ]
        : []),
      ...subnetIds.map((subnetId, i) => ({
        Main: false,
        RouteTableAssociationId: `rtbassoc-${id.slice(4)}${i}`,
        RouteTableId: id,
        SubnetId: subnetId,
        AssociationState: { State: 'associated' as const },
      })),
    ],
    PropagatingVgws: [],
  };
}

export function subnetGroup(
  region: string,
  account: string,
  name: string,
  vpcId: string,
  subnets: Subnet[],
): DBSubnetGroup {
  return {
    DBSubnetGroupName: name,
    DBSubnetGroupDescription: name,
    VpcId: vpcId,
    SubnetGroupStatus: 'Complete',
    Subnets: subnets.map((s) => ({
      SubnetIdentifier: s.SubnetId,
      SubnetAvailabilityZone: { Name: s.AvailabilityZone },
      SubnetStatus: 'Active',
    })),
    DBSubnetGroupArn: `arn:aws:rds:${region}:${account}:subgrp:${name}`,
    SupportedNetworkTypes: ['IPV4'],
  };
}

export function dbInstance(
  region: string,
  account: string,
  id: string,
  group: DBSubnetGroup,
  options: {
    engine?: string;
    kmsKeyId?: string;
    encrypted?: boolean;
    public?: boolean;
    cluster?: string;
    securityGroup?: string;
    logExports?: string[];
    /** Its DB parameter group; default: the engine's default group (`default.postgres16`). */
    parameterGroup?: string;
  } = {},
): DBInstance {
  const encrypted = options.encrypted ?? true;
  const engine = options.engine ?? 'postgres';
  const major = engine === 'mysql' ? '8.0' : '16';
  return {
    DBInstanceIdentifier: id,
    DBInstanceClass: 'db.r6g.large',
    Engine: engine,
    EngineVersion: engine === 'mysql' ? '8.0.39' : '16.4',
    DBParameterGroups: [
      {
        DBParameterGroupName: options.parameterGroup ?? `default.${engine}${major}`,
        ParameterApplyStatus: 'in-sync',
      },
    ],
    DBInstanceStatus: 'available',
    MasterUsername: 'admin_user',
    Endpoint: {
      Address: `${id}.abcdefghij.${region}.rds.amazonaws.com`,
      Port: 5432,
      HostedZoneId: 'Z2R2ITUGPM61AM',
    },
    AllocatedStorage: 100,
    InstanceCreateTime: CREATED,
    BackupRetentionPeriod: 7,
    VpcSecurityGroups: [{ VpcSecurityGroupId: options.securityGroup ?? 'sg-db', Status: 'active' }],
    DBSubnetGroup: group,
    MultiAZ: true,
    PubliclyAccessible: options.public ?? false,
    StorageType: 'gp3',
    StorageEncrypted: encrypted,
    KmsKeyId: encrypted
      ? (options.kmsKeyId ?? `arn:aws:kms:${region}:${account}:key/aws-rds-managed`)
      : undefined,
    DbiResourceId: `db-${id.toUpperCase().replace(/[^A-Z0-9]/g, '')}`,
    DBInstanceArn: `arn:aws:rds:${region}:${account}:db:${id}`,
    DBClusterIdentifier: options.cluster,
    DeletionProtection: true,
    IAMDatabaseAuthenticationEnabled: false,
    CopyTagsToSnapshot: true,
    // RDS leaves EnabledCloudwatchLogsExports out when nothing is exported.
    ...(options.logExports ? { EnabledCloudwatchLogsExports: options.logExports } : {}),
  };
}

export function volume(
  region: string,
  id: string,
  options: { encrypted: boolean; kmsKeyId?: string; instance?: string },
): Volume {
  return {
    VolumeId: id,
    Size: 50,
    AvailabilityZone: `${region}a`,
    State: options.instance ? 'in-use' : 'available',
    CreateTime: CREATED,
    Encrypted: options.encrypted,
    KmsKeyId: options.encrypted ? options.kmsKeyId : undefined,
    VolumeType: 'gp3',
    Iops: 3000,
    Attachments: options.instance
      ? [
          {
            VolumeId: id,
            InstanceId: options.instance,
            Device: '/dev/xvda',
            State: 'attached',
            AttachTime: CREATED,
            DeleteOnTermination: true,
          },
        ]
      : [],
  };
}

export interface AlbFixture {
  loadBalancer: LoadBalancer;
  listeners: Listener[];
  rules: Record<string, Rule[]>;
}

/** An ALB with an HTTPS listener (the given policy) and an HTTP listener redirecting to HTTPS (or forwarding). */
export function alb(
  region: string,
  account: string,
  name: string,
  vpcId: string,
  subnetIds: string[],
  options: { sslPolicy: string; httpRedirect: boolean; scheme?: 'internet-facing' | 'internal' },
): AlbFixture {
  const suffix = `${name}/${Buffer.from(name).toString('hex').slice(0, 16).padEnd(16, '0')}`;
  const lbArn = `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/app/${suffix}`;
  const listenerArn = (port: number) =>
    `arn:aws:elasticloadbalancing:${region}:${account}:listener/app/${suffix}/${port.toString(16).padStart(16, '0')}`;
  const targetGroupArn = `arn:aws:elasticloadbalancing:${region}:${account}:targetgroup/${name}-tg/0123456789abcdef`;
  const forward = { Type: 'forward' as const, TargetGroupArn: targetGroupArn, Order: 1 };
  const httpAction = options.httpRedirect
    ? {
        Type: 'redirect' as const,
        Order: 1,
        RedirectConfig: {
          Protocol: 'HTTPS',
          Port: '443',
          Host: '#{host}',
          Path: '/#{path}',
          Query: '#{query}',
          StatusCode: 'HTTP_301' as const,
        },
      }
    : forward;
  const listeners: Listener[] = [
    {
      ListenerArn: listenerArn(443),
      LoadBalancerArn: lbArn,
      Port: 443,
      Protocol: 'HTTPS',
      SslPolicy: options.sslPolicy,
      Certificates: [{ CertificateArn: `arn:aws:acm:${region}:${account}:certificate/${name}` }],
      DefaultActions: [forward],
    },
    {
      ListenerArn: listenerArn(80),
      LoadBalancerArn: lbArn,
      Port: 80,
      Protocol: 'HTTP',
      DefaultActions: [httpAction],
    },
  ];
  const rules: Record<string, Rule[]> = {};
  for (const listener of listeners) {
    rules[listener.ListenerArn!] = [
      {
        RuleArn: `${listener.ListenerArn!.replace(':listener/', ':listener-rule/')}/default`,
        Priority: 'default',
        Conditions: [],
        Actions: listener.DefaultActions,
        IsDefault: true,
      },
    ];
  }
  return {
    loadBalancer: {
      LoadBalancerArn: lbArn,
      DNSName: `${name}-123456789.${region}.elb.amazonaws.com`,
      CanonicalHostedZoneId: 'Z35SXDOTRQ7X7K',
      CreatedTime: CREATED,
      LoadBalancerName: name,
      Scheme: options.scheme ?? 'internet-facing',
      VpcId: vpcId,
      State: { Code: 'active' },
      Type: 'application',
      AvailabilityZones: subnetIds.map((SubnetId, i) => ({ SubnetId, ZoneName: `${region}${'abc'[i % 3]}` })),
      SecurityGroups: ['sg-alb'],
      IpAddressType: 'ipv4',
    },
    listeners,
    rules,
  };
}

export function webAcl(
  region: string,
  account: string,
  scope: 'REGIONAL' | 'CLOUDFRONT',
  name: string,
  id: string,
  resourceArns: string[] = [],
): FakeWebAcl {
  const arnScope = scope === 'CLOUDFRONT' ? 'global' : 'regional';
  return {
    scope,
    acl: {
      Name: name,
      Id: id,
      ARN: `arn:aws:wafv2:${region}:${account}:${arnScope}/webacl/${name}/${id}`,
      DefaultAction: { Allow: {} },
      Description: `${name} protection`,
      Rules: [
        {
          Name: 'AWS-AWSManagedRulesCommonRuleSet',
          Priority: 0,
          Statement: {
            ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' },
          },
          OverrideAction: { None: {} },
          VisibilityConfig: {
            SampledRequestsEnabled: true,
            CloudWatchMetricsEnabled: true,
            MetricName: 'common',
          },
        },
      ],
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: name },
      Capacity: 700,
      ManagedByFirewallManager: false,
      LabelNamespace: `awswaf:${account}:webacl:${name}:`,
    },
    resourceArns,
  };
}

export function distribution(
  account: string,
  id: string,
  options: {
    comment: string;
    domainAliases?: string[];
    certificateArn?: string;
    minimumProtocolVersion?: string;
    viewerProtocolPolicy: 'allow-all' | 'https-only' | 'redirect-to-https';
    webAclArn?: string;
    origin: string;
  },
): FakeDistribution {
  const viewerCertificate = options.certificateArn
    ? {
        ACMCertificateArn: options.certificateArn,
        SSLSupportMethod: 'sni-only' as const,
        MinimumProtocolVersion: (options.minimumProtocolVersion ?? 'TLSv1.2_2021') as 'TLSv1.2_2021',
        Certificate: options.certificateArn,
        CertificateSource: 'acm' as const,
        CloudFrontDefaultCertificate: false,
      }
    : {
        CloudFrontDefaultCertificate: true,
        MinimumProtocolVersion: 'TLSv1' as const,
        CertificateSource: 'cloudfront' as const,
      };
  const aliases = { Quantity: options.domainAliases?.length ?? 0, Items: options.domainAliases };
  const origins = {
    Quantity: 1,
    Items: [
      {
        Id: 'primary',
        DomainName: options.origin,
        OriginPath: '',
        CustomHeaders: { Quantity: 0 },
        S3OriginConfig: { OriginAccessIdentity: '' },
        ConnectionAttempts: 3,
        ConnectionTimeout: 10,
      },
    ],
  };
  const defaultCacheBehavior = {
    TargetOriginId: 'primary',
    ViewerProtocolPolicy: options.viewerProtocolPolicy,
    Compress: true,
    CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
    TrustedSigners: { Enabled: false, Quantity: 0 },
    TrustedKeyGroups: { Enabled: false, Quantity: 0 },
    AllowedMethods: {
      Quantity: 2,
      Items: ['GET' as const, 'HEAD' as const],
      CachedMethods: { Quantity: 2, Items: ['GET' as const, 'HEAD' as const] },
    },
  };
  const restrictions = { GeoRestriction: { RestrictionType: 'none' as const, Quantity: 0 } };
  const config: DistributionConfig = {
    CallerReference: `ref-${id}`,
    Aliases: aliases,
    DefaultRootObject: 'index.html',
    Origins: origins,
    DefaultCacheBehavior: defaultCacheBehavior,
    CacheBehaviors: { Quantity: 0 },
    CustomErrorResponses: { Quantity: 0 },
    Comment: options.comment,
    Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' },
    PriceClass: 'PriceClass_100',
    Enabled: true,
    ViewerCertificate: viewerCertificate,
    Restrictions: restrictions,
    WebACLId: options.webAclArn ?? '',
    HttpVersion: 'http2and3',
    IsIPV6Enabled: true,
  };
  return {
    summary: {
      Id: id,
      ARN: `arn:aws:cloudfront::${account}:distribution/${id}`,
      Status: 'Deployed',
      LastModifiedTime: CREATED,
      DomainName: `${id.toLowerCase()}.cloudfront.net`,
      Aliases: aliases,
      Origins: origins,
      DefaultCacheBehavior: defaultCacheBehavior,
      CacheBehaviors: { Quantity: 0 },
      CustomErrorResponses: { Quantity: 0 },
      Comment: options.comment,
      PriceClass: 'PriceClass_100',
      Enabled: true,
      ViewerCertificate: viewerCertificate,
      Restrictions: restrictions,
      WebACLId: options.webAclArn ?? '',
      HttpVersion: 'http2and3',
      IsIPV6Enabled: true,
      Staging: false,
    },
    config,
  };
}
