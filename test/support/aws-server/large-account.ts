/**
 * A deterministic generated account for the live-scan benchmark: about
 * `resources` resources spread over `regions` regions (5% global: buckets,
 * IAM users, distributions), with a fixed share of non-compliant ones
 * (every 7th volume unencrypted, every 5th key without rotation ...).
 */
import type { FakeAccount, FakeRegion } from './account.js';
import {
  IGW_ATTACHED,
  alb,
  dbInstance,
  distribution,
  kmsKey,
  routeTable,
  subnet,
  subnetGroup,
  volume,
} from './builders.js';

const ACCOUNT = '210987654321';
const REGION_NAMES = [
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'eu-central-1',
  'ap-southeast-2',
  'ap-northeast-1',
  'ca-central-1',
  'sa-east-1',
];

/** Share of each region's resources per kind; the rest of the code counts on the shares summing to 1. */
const SHARES = {
  volumes: 0.3,
  securityGroups: 0.14,
  subnets: 0.1,
  routeTables: 0.04,
  kmsKeys: 0.08,
  logGroups: 0.1,
  dbInstances: 0.06,
  tables: 0.05,
  queues: 0.05,
  topics: 0.04,
  loadBalancers: 0.04,
};

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

function region(name: string, index: number, count: number): FakeRegion {
  const n = (kind: keyof typeof SHARES) => Math.max(1, Math.round(count * SHARES[kind]));
  const vpc = `vpc-${hex(index, 17)}`;
  const cidr = `10.${index}.0.0/16`;
  const subnets = Array.from({ length: n('subnets') }, (_, i) =>
    subnet(
      `subnet-${hex(index * 100_000 + i, 17)}`,
      vpc,
      `10.${index}.${i % 256}.0/24`,
      `${name}${'abc'[i % 3]}`,
      ACCOUNT,
      i % 4 === 0,
    ),
  );
  const publicSubnets = subnets.filter((s) => s.MapPublicIpOnLaunch).map((s) => s.SubnetId!);
  const privateSubnets = subnets.filter((s) => !s.MapPublicIpOnLaunch).map((s) => s.SubnetId!);
  const igw = `igw-${hex(index, 17)}`;
  const routeTables = [
    routeTable(`rtb-${hex(index * 100_000, 17)}`, vpc, cidr, [], { main: true }),
    routeTable(`rtb-${hex(index * 100_000 + 1, 17)}`, vpc, cidr, publicSubnets, { igw }),
  ];
  for (let i = 2; i < n('routeTables'); i++)
    routeTables.push(
      routeTable(
        `rtb-${hex(index * 100_000 + i, 17)}`,
        vpc,
        cidr,
        privateSubnets.filter((_, j) => j % (n('routeTables') - 2) === i - 2),
        { nat: `nat-${hex(index, 17)}` },
      ),
    );
  const privateGroup = subnetGroup(
    name,
    ACCOUNT,
    'private',
    vpc,
    subnets.filter((s) => !s.MapPublicIpOnLaunch).slice(0, 3),
  );
  const publicGroup = subnetGroup(
    name,
    ACCOUNT,
    'public',
    vpc,
    subnets.filter((s) => s.MapPublicIpOnLaunch).slice(0, 2),
  );
  const keys = Array.from({ length: n('kmsKeys') }, (_, i) =>
    kmsKey(name, ACCOUNT, `${hex(index, 8)}-0000-4000-8000-${hex(i, 12)}`, {
      rotation: i % 5 !== 0,
      manager: i % 10 === 9 ? 'AWS' : 'CUSTOMER',
    }),
  );
  const keyArn = (i: number) => keys[i % keys.length]!.metadata.Arn!;
  const albs = Array.from({ length: n('loadBalancers') }, (_, i) =>
    alb(name, ACCOUNT, `alb-${index}-${i}`, vpc, publicSubnets.slice(0, 2), {
      sslPolicy: i % 3 === 0 ? 'ELBSecurityPolicy-2016-08' : 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      httpRedirect: i % 4 !== 0,
    }),
  );
  return {
    kms: {
      keys,
      aliases: keys.map((k, i) => ({
        AliasName: `alias/key-${i}`,
        AliasArn: `arn:aws:kms:${name}:${ACCOUNT}:alias/key-${i}`,
        TargetKeyId: k.metadata.KeyId,
      })),
    },
    ec2: {
      vpcs: [{ VpcId: vpc, CidrBlock: cidr, State: 'available', IsDefault: false, OwnerId: ACCOUNT }],
      subnets,
      routeTables,
      internetGateways: [{ InternetGatewayId: igw, OwnerId: ACCOUNT, Attachments: [IGW_ATTACHED(vpc)] }],
      volumes: Array.from({ length: n('volumes') }, (_, i) =>
        volume(name, `vol-${hex(index * 1_000_000 + i, 17)}`, {
          encrypted: i % 7 !== 0,
          kmsKeyId: keyArn(i),
          instance: i % 2 === 0 ? `i-${hex(i, 17)}` : undefined,
        }),
      ),
      securityGroups: Array.from({ length: n('securityGroups') }, (_, i) => ({
        GroupId: `sg-${hex(index * 1_000_000 + i, 17)}`,
        GroupName: `sg-${i}`,
        Description: 'generated',
        VpcId: vpc,
        OwnerId: ACCOUNT,
        IpPermissions: [
          {
            IpProtocol: 'tcp',
            FromPort: i % 9 === 0 ? 22 : 443,
            ToPort: i % 9 === 0 ? 22 : 443,
            IpRanges: [{ CidrIp: i % 3 === 0 ? '0.0.0.0/0' : '10.0.0.0/8' }],
          },
        ],
        IpPermissionsEgress: [],
      })),
      ebsEncryptionByDefault: index % 2 === 0,
    },
    rds: {
      instances: Array.from({ length: n('dbInstances') }, (_, i) =>
        dbInstance(name, ACCOUNT, `db-${index}-${i}`, i % 11 === 0 ? publicGroup : privateGroup, {
          encrypted: i % 8 !== 0,
          kmsKeyId: keyArn(i),
          public: i % 11 === 0,
        }),
      ),
      clusters: [],
      subnetGroups: [privateGroup, publicGroup],
    },
    logs: {
      logGroups: Array.from({ length: n('logGroups') }, (_, i) => ({
        logGroupName: `/app/${index}/${i}`,
        arn: `arn:aws:logs:${name}:${ACCOUNT}:log-group:/app/${index}/${i}:*`,
        creationTime: 1_740_000_000_000,
        kmsKeyId: i % 2 === 0 ? keyArn(i) : undefined,
      })),
    },
    dynamodb: {
      tables: Array.from({ length: n('tables') }, (_, i) => ({
        TableName: `table-${hex(i, 5)}`,
        TableArn: `arn:aws:dynamodb:${name}:${ACCOUNT}:table/table-${hex(i, 5)}`,
        TableStatus: 'ACTIVE',
        SSEDescription:
          i % 3 === 0 ? undefined : { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: keyArn(i) },
      })),
    },
    sqs: {
      queues: Array.from({ length: n('queues') }, (_, i) => ({
        url: `https://sqs.${name}.amazonaws.com/${ACCOUNT}/queue-${i}`,
        attributes: {
          QueueArn: `arn:aws:sqs:${name}:${ACCOUNT}:queue-${i}`,
          ...(i % 4 === 0 ? {} : { SqsManagedSseEnabled: 'true' }),
        },
      })),
    },
    sns: {
      topics: Array.from({ length: n('topics') }, (_, i) => ({
        arn: `arn:aws:sns:${name}:${ACCOUNT}:topic-${i}`,
        attributes: i % 3 === 0 ? {} : ({ KmsMasterKeyId: keyArn(i) } as Record<string, string>),
      })),
    },
    elbv2: {
      loadBalancers: albs.map((a) => a.loadBalancer),
      listeners: albs.flatMap((a) => a.listeners),
      rules: Object.assign({}, ...albs.map((a) => a.rules)),
    },
    config: {
      recorders:
        index === 0
          ? [{ name: 'default', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } }]
          : [],
      recorderStatus: index === 0 ? [{ name: 'default', recording: true, lastStatus: 'Success' }] : [],
    },
  };
}

export function largeAccount(options: { regions?: number; resources?: number } = {}): FakeAccount {
  const regionCount = Math.min(options.regions ?? 4, REGION_NAMES.length);
  const total = options.resources ?? 5000;
  const global = Math.round(total * 0.05);
  const perRegion = Math.floor((total - global) / regionCount);
  const names = REGION_NAMES.slice(0, regionCount);
  const buckets = Math.round(global * 0.4);
  const users = Math.round(global * 0.4);
  const distributions = global - buckets - users;
  return {
    accountId: ACCOUNT,
    callerArn: `arn:aws:sts::${ACCOUNT}:assumed-role/soc2-scanner/bench`,
    enabledRegions: names,
    optInRegions: ['af-south-1'],
    regions: Object.fromEntries(names.map((name, i) => [name, region(name, i, perRegion)])),
    iam: {
      rootMfaEnabled: true,
      rootAccessKeysPresent: false,
      passwordPolicy: {
        MinimumPasswordLength: 14,
        RequireSymbols: true,
        RequireNumbers: true,
        RequireUppercaseCharacters: true,
        RequireLowercaseCharacters: true,
        MaxPasswordAge: 90,
        PasswordReusePrevention: 24,
      },
      users: Array.from({ length: users }, (_, i) => ({
        user: {
          UserName: `user-${i}`,
          UserId: `AIDA${hex(i, 16).toUpperCase()}`,
          Arn: `arn:aws:iam::${ACCOUNT}:user/user-${i}`,
          Path: '/',
          CreateDate: new Date('2025-01-01T00:00:00Z'),
        },
        hasConsolePassword: i % 2 === 0,
        mfaDevices:
          i % 6 === 0
            ? []
            : [
                {
                  UserName: `user-${i}`,
                  SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/user-${i}`,
                  EnableDate: new Date('2025-01-01T00:00:00Z'),
                },
              ],
        accessKeys:
          i % 2 === 1
            ? [
                {
                  metadata: {
                    AccessKeyId: `AKIA${hex(i, 16).toUpperCase()}`,
                    Status: 'Active',
                    CreateDate: new Date('2025-01-01T00:00:00Z'),
                  },
                },
              ]
            : [],
      })),
    },
    s3: {
      buckets: Array.from({ length: buckets }, (_, i) => ({
        name: `bench-bucket-${hex(i, 5)}`,
        region: names[i % names.length]!,
        creationDate: new Date('2025-01-01T00:00:00Z'),
        encryption:
          i % 9 === 0
            ? undefined
            : {
                Rules: [
                  {
                    ApplyServerSideEncryptionByDefault: { SSEAlgorithm: i % 2 === 0 ? 'aws:kms' : 'AES256' },
                  },
                ],
              },
        publicAccessBlock:
          i % 5 === 0
            ? undefined
            : {
                BlockPublicAcls: true,
                IgnorePublicAcls: true,
                BlockPublicPolicy: true,
                RestrictPublicBuckets: true,
              },
      })),
    },
    cloudfront: {
      distributions: Array.from({ length: distributions }, (_, i) =>
        distribution(ACCOUNT, `E${hex(i, 13).toUpperCase()}`, {
          comment: `site ${i}`,
          certificateArn: i % 4 === 0 ? undefined : `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/${i}`,
          viewerProtocolPolicy: i % 4 === 0 ? 'allow-all' : 'redirect-to-https',
          origin: `origin-${i}.example.com`,
        }),
      ),
    },
  };
}
