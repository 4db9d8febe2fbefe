/**
 * Small typed factories for inventories built directly (origin kind 'live'),
 * for rules that only make sense on live data and for relations a template
 * cannot express. Defaults are neutral facts; each test states the facts it is about.
 */
import { Inventory } from '../../src/inventory/inventory.js';
import { EVERY_MANAGEMENT_EVENT } from '../../src/inventory/facts/management-events.js';
import { unknown } from '../../src/inventory/maybe.js';
import type {
  AwsAccount,
  CloudFrontDistribution,
  CloudTrailTrail,
  ConfigRecorder,
  DbInstance,
  DbSubnetGroup,
  Ec2RegionSettings,
  Gap,
  IamUser,
  KmsKey,
  Listener,
  LoadBalancer,
  Origin,
  Resource,
  ResourceOf,
  ResourceType,
  RouteTable,
  S3Bucket,
  SecurityGroup,
  Subnet,
} from '../../src/inventory/model.js';

export const ACCOUNT = '111122223333';
export const REGION = 'us-east-1';
export const SCANNED_AT = '2026-11-02T06:00:00.000Z';

export const liveOrigin = (region = REGION): Origin => ({ kind: 'live', account: ACCOUNT, region });

/** An Unknown as a live source records it: the action that failed and why. */
export const denied = (action: string) => unknown(`${action}: AccessDenied`);

type Fields<T extends ResourceType> = Omit<ResourceOf<T>, 'type' | 'origin'> & { origin?: Origin };

function resource<T extends ResourceType>(type: T, fields: Fields<T>): ResourceOf<T> {
  return { origin: liveOrigin(), region: REGION, ...fields, type } as ResourceOf<T>;
}

export function liveInventory(
  resources: Resource[],
  options: { gaps?: Gap[]; scannedAt?: string | null; accounts?: string[] } = {},
): Inventory {
  return new Inventory(resources, options.gaps ?? [], {
    source: 'live',
    accounts: options.accounts ?? [ACCOUNT],
    regions: [REGION],
    scannedAt: options.scannedAt === null ? undefined : (options.scannedAt ?? SCANNED_AT),
  });
}

export const account = (fields: Partial<Fields<'aws-account'>> = {}): AwsAccount =>
  resource('aws-account', {
    id: ACCOUNT,
    rootMfaEnabled: true,
    rootAccessKeysPresent: false,
    passwordPolicy: undefined,
    ...fields,
  });

export const iamUser = (fields: Partial<Fields<'iam-user'>> = {}): IamUser =>
  resource('iam-user', {
    id: 'AIDAEXAMPLEUSER',
    name: 'alice',
    hasConsolePassword: false,
    mfaActive: false,
    accessKeys: [],
    ...fields,
  });

export const trail = (fields: Partial<Fields<'cloudtrail-trail'>> = {}): CloudTrailTrail =>
  resource('cloudtrail-trail', {
    id: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/main`,
    name: 'main',
    isMultiRegion: true,
    managementEvents: [...EVERY_MANAGEMENT_EVENT],
    logFileValidation: true,
    kmsKeyId: undefined,
    isLogging: true,
    homeRegion: REGION,
    ...fields,
  });

export const configRecorder = (fields: Partial<Fields<'config-recorder'>> = {}): ConfigRecorder =>
  resource('config-recorder', { id: 'default', recording: true, allSupported: true, ...fields });

export const regionSettings = (fields: Partial<Fields<'ec2-region-settings'>> = {}): Ec2RegionSettings =>
  resource('ec2-region-settings', { id: `ec2-settings:${REGION}`, ebsEncryptionByDefault: true, ...fields });

export const bucket = (fields: Partial<Fields<'s3-bucket'>> = {}): S3Bucket =>
  resource('s3-bucket', {
    id: 'example-bucket',
    encryption: { state: 'aws-owned' },
    publicAccessBlock: {
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    },
    ...fields,
  });

export const securityGroup = (fields: Partial<Fields<'ec2-security-group'>> = {}): SecurityGroup =>
  resource('ec2-security-group', { id: 'sg-0example', vpcId: 'vpc-1', ingress: [], ...fields });

export const kmsKey = (fields: Partial<Fields<'kms-key'>> = {}): KmsKey =>
  resource('kms-key', {
    id: '1234abcd-12ab-34cd-56ef-1234567890ab',
    arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    keyManager: 'CUSTOMER',
    keySpec: 'SYMMETRIC_DEFAULT',
    rotationEnabled: true,
    aliases: [],
    ...fields,
  });

export const dbInstance = (fields: Partial<Fields<'rds-db-instance'>> = {}): DbInstance =>
  resource('rds-db-instance', {
    id: 'db-1',
    engine: 'postgres',
    encryption: { state: 'kms', keyId: undefined },
    publiclyAccessible: false,
    subnetGroupId: 'db-subnets',
    backupRetentionDays: 7,
    deletionProtection: true,
    logExports: ['postgresql'],
    iamDatabaseAuthentication: true,
    copyTagsToSnapshot: true,
    multiAz: true,
    ...fields,
  });

export const dbSubnetGroup = (fields: Partial<Fields<'rds-db-subnet-group'>> = {}): DbSubnetGroup =>
  resource('rds-db-subnet-group', { id: 'db-subnets', subnetIds: [], ...fields });

export const subnet = (fields: Partial<Fields<'ec2-subnet'>> = {}): Subnet =>
  resource('ec2-subnet', { id: 'subnet-1', vpcId: 'vpc-1', ...fields });

export const routeTable = (fields: Partial<Fields<'ec2-route-table'>> = {}): RouteTable =>
  resource('ec2-route-table', {
    id: 'rtb-1',
    vpcId: 'vpc-1',
    isMain: false,
    subnetIds: [],
    routes: [{ destination: '10.0.0.0/16', target: { kind: 'local' } }],
    ...fields,
  });

export const loadBalancer = (fields: Partial<Fields<'elbv2-load-balancer'>> = {}): LoadBalancer =>
  resource('elbv2-load-balancer', {
    id: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/web/1`,
    lbType: 'application',
    scheme: 'internet-facing',
    deletionProtection: true,
    accessLogs: true,
    dropInvalidHeaderFields: true,
    zoneCount: 2,
    ...fields,
  });

export const listener = (fields: Partial<Fields<'elbv2-listener'>> = {}): Listener =>
  resource('elbv2-listener', {
    id: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/web/1/1`,
    loadBalancerId: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/web/1`,
    protocol: 'HTTPS',
    port: 443,
    sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
    actions: [{ type: 'forward' }],
    ...fields,
  });

export const distribution = (
  fields: Partial<Fields<'cloudfront-distribution'>> = {},
): CloudFrontDistribution =>
  resource('cloudfront-distribution', {
    id: 'E2EXAMPLE',
    minimumProtocolVersion: 'TLSv1.2_2021',
    usesDefaultCertificate: false,
    viewerProtocolPolicies: ['redirect-to-https'],
    webAclId: undefined,
    accessLogging: true,
    fieldLevelEncryption: false,
    ...fields,
  });

/** Any other resource type, all required fields given. */
export const make = resource;
