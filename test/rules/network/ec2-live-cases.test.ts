/**
 * Case tables for the live-only EC2, VPC and snapshot network rules: each rule PASSes,
 * FAILs and is UNKNOWN (never PASS) when the fact it rests on could not be read.
 */
import { unknown } from '../../../src/inventory/maybe.js';
import type {
  DbSnapshot,
  EbsSnapshot,
  Ec2Instance,
  ElasticIp,
  Gap,
  Route,
  Vpc,
} from '../../../src/inventory/model.js';
import {
  ACCOUNT,
  REGION,
  denied,
  liveInventory,
  make,
  regionSettings,
  routeTable,
  securityGroup,
  subnet,
} from '../../support/inventory-builder.js';
import { inventoryCases } from '../../support/rule-cases.js';

const instance = (fields: Partial<Omit<Ec2Instance, 'type' | 'origin'>> = {}): Ec2Instance =>
  make('ec2-instance', {
    id: 'i-0000000000000b001',
    state: 'running',
    vpcId: 'vpc-1',
    subnetId: 'subnet-1',
    publicIp: undefined,
    securityGroupIds: [],
    detailedMonitoring: true,
    ebsOptimized: true,
    imdsV2Required: true,
    ...fields,
  });

const ebsSnapshot = (fields: Partial<Omit<EbsSnapshot, 'type' | 'origin'>> = {}): EbsSnapshot =>
  make('ebs-snapshot', { id: 'snap-0000000000000b001', encrypted: true, public: false, ...fields });

const elasticIp = (associated: ElasticIp['associated']): ElasticIp =>
  make('ec2-elastic-ip', { id: 'eipalloc-0000000000000b001', associated });

const vpc = (): Vpc => make('ec2-vpc', { id: 'vpc-1', isDefault: false, flowLogIds: [] });

const dbSnapshot = (visibility: DbSnapshot['public']): DbSnapshot =>
  make('rds-db-snapshot', {
    id: `arn:aws:rds:${REGION}:${ACCOUNT}:snapshot:payments-manual`,
    kind: 'instance',
    engine: 'postgres',
    snapshotType: 'manual',
    encrypted: true,
    public: visibility,
  });

const gap = (resourceType: Gap['resourceType'], action: string): Gap => ({
  resourceType,
  region: REGION,
  action,
  reason: 'AccessDenied',
});

inventoryCases('ec2-instance-no-public-ip', {
  pass: [{ name: 'no public address', inventory: () => liveInventory([instance()]) }],
  fail: [
    {
      name: 'a public IPv4 address',
      message: '203.0.113.10',
      inventory: () => liveInventory([instance({ publicIp: '203.0.113.10' })]),
    },
  ],
  unknown: [
    {
      name: 'the address could not be read',
      message: 'ec2:DescribeInstances',
      inventory: () => liveInventory([instance({ publicIp: denied('ec2:DescribeInstances') })]),
    },
  ],
});

inventoryCases('ec2-instance-in-vpc', {
  pass: [{ name: 'in a VPC', message: 'vpc-1', inventory: () => liveInventory([instance()]) }],
  fail: [
    {
      name: 'no VpcId (EC2-Classic)',
      message: 'not in a VPC',
      inventory: () => liveInventory([instance({ vpcId: undefined, subnetId: undefined })]),
    },
  ],
  unknown: [
    {
      name: 'the VPC could not be read',
      message: 'ec2:DescribeInstances',
      inventory: () => liveInventory([instance({ vpcId: denied('ec2:DescribeInstances') })]),
    },
  ],
});

inventoryCases('ebs-snapshot-not-public', {
  pass: [{ name: 'shared with nobody', inventory: () => liveInventory([ebsSnapshot()]) }],
  fail: [
    {
      name: 'restorable by all',
      message: 'every AWS account',
      inventory: () => liveInventory([ebsSnapshot({ public: true })]),
    },
  ],
  unknown: [
    {
      name: 'the public listing was denied',
      message: 'ec2:DescribeSnapshots',
      inventory: () => liveInventory([ebsSnapshot({ public: denied('ec2:DescribeSnapshots') })]),
    },
  ],
});

inventoryCases('ebs-snapshot-block-public-access', {
  pass: [
    {
      name: 'block-all-sharing',
      inventory: () => liveInventory([regionSettings({ snapshotBlockPublicAccess: 'block-all-sharing' })]),
    },
  ],
  fail: [
    {
      name: 'block-new-sharing keeps old public snapshots public',
      message: 'block-new-sharing',
      inventory: () => liveInventory([regionSettings({ snapshotBlockPublicAccess: 'block-new-sharing' })]),
    },
    {
      name: 'unblocked',
      message: 'unblocked',
      inventory: () => liveInventory([regionSettings({ snapshotBlockPublicAccess: 'unblocked' })]),
    },
  ],
  unknown: [
    {
      name: 'GetSnapshotBlockPublicAccessState denied',
      message: 'ec2:GetSnapshotBlockPublicAccessState',
      inventory: () =>
        liveInventory([
          regionSettings({ snapshotBlockPublicAccess: denied('ec2:GetSnapshotBlockPublicAccessState') }),
        ]),
    },
    {
      name: 'the state was never read',
      message: 'not read',
      inventory: () => liveInventory([regionSettings()]),
    },
  ],
});

const defaultGroup = (fields: Partial<Parameters<typeof securityGroup>[0]> = {}) =>
  securityGroup({ id: 'sg-0000000000000b001', name: 'default', ingress: [], egressRuleCount: 0, ...fields });

inventoryCases('default-sg-restricts-all', {
  pass: [{ name: 'no inbound, no outbound rule', inventory: () => liveInventory([defaultGroup()]) }],
  fail: [
    {
      name: 'the default outbound rule left in place',
      message: '0 inbound and 1 outbound',
      inventory: () => liveInventory([defaultGroup({ egressRuleCount: 1 })]),
    },
    {
      name: 'members may talk to each other',
      message: '1 inbound and 0 outbound',
      inventory: () =>
        liveInventory([
          defaultGroup({ ingress: [{ protocol: '-1', sourceGroupId: 'sg-0000000000000b001' }] }),
        ]),
    },
  ],
  unknown: [
    {
      name: 'inbound rules unread',
      message: 'ec2:DescribeSecurityGroups',
      inventory: () => liveInventory([defaultGroup({ ingress: denied('ec2:DescribeSecurityGroups') })]),
    },
    {
      name: 'outbound rules unread',
      message: 'ec2:DescribeSecurityGroups',
      inventory: () =>
        liveInventory([defaultGroup({ egressRuleCount: denied('ec2:DescribeSecurityGroups') })]),
    },
    {
      name: 'no outbound count recorded',
      message: 'outbound rules were not read',
      inventory: () => liveInventory([defaultGroup({ egressRuleCount: undefined })]),
    },
  ],
  notApplicable: [
    {
      name: 'a group of its own',
      inventory: () => liveInventory([defaultGroup({ name: 'web', egressRuleCount: 1 })]),
    },
  ],
});

inventoryCases('sg-attached-to-eni', {
  pass: [
    {
      name: 'a network interface uses it',
      inventory: () => liveInventory([securityGroup({ name: 'web', attachedToNetworkInterface: true })]),
    },
  ],
  fail: [
    {
      name: 'no network interface uses it',
      message: 'no network interface',
      inventory: () => liveInventory([securityGroup({ name: 'web', attachedToNetworkInterface: false })]),
    },
  ],
  unknown: [
    {
      name: 'DescribeNetworkInterfaces denied',
      message: 'ec2:DescribeNetworkInterfaces',
      inventory: () =>
        liveInventory([
          securityGroup({ name: 'web', attachedToNetworkInterface: denied('ec2:DescribeNetworkInterfaces') }),
        ]),
    },
    {
      name: 'the use was never read',
      message: 'not read',
      inventory: () => liveInventory([securityGroup({ name: 'web' })]),
    },
  ],
  notApplicable: [
    {
      name: 'a VPC default group, even unused',
      inventory: () => liveInventory([securityGroup({ name: 'default', attachedToNetworkInterface: false })]),
    },
  ],
});

inventoryCases('eip-associated', {
  pass: [{ name: 'associated', inventory: () => liveInventory([elasticIp(true)]) }],
  fail: [{ name: 'idle', message: 'not associated', inventory: () => liveInventory([elasticIp(false)]) }],
  unknown: [
    {
      name: 'association unread',
      message: 'ec2:DescribeAddresses',
      inventory: () => liveInventory([elasticIp(denied('ec2:DescribeAddresses'))]),
    },
  ],
});

const toInternet = { destination: '0.0.0.0/0', target: { kind: 'internet-gateway' as const, id: 'igw-1' } };
const local = { destination: '10.0.0.0/16', target: { kind: 'local' as const } };
const publicTable = routeTable({
  id: 'rtb-public',
  subnetIds: ['subnet-public'],
  routes: [local, toInternet],
});
const mainTable = routeTable({ id: 'rtb-main', isMain: true, routes: [local] });
const publicSubnet = subnet({ id: 'subnet-public' });
const privateSubnet = subnet({ id: 'subnet-private' });

/** A VPC with the public subnet and a private subnet whose main route table has `routes`. */
const beside = (routes: Route[]) =>
  liveInventory([
    vpc(),
    publicSubnet,
    privateSubnet,
    publicTable,
    routeTable({ id: 'rtb-main', isMain: true, routes }),
  ]);

inventoryCases('vpc-public-and-private-subnets', {
  pass: [
    {
      name: 'a public subnet (own table) and a private one (main table)',
      says: '1 public and 1 private subnet(s)',
      evidence: { publicSubnets: ['subnet-public'], privateSubnets: ['subnet-private'] },
      message: '1 public and 1 private',
      resource: 'vpc-1',
      inventory: () => liveInventory([vpc(), publicSubnet, privateSubnet, publicTable, mainTable]),
    },
    {
      name: 'private subnets only',
      says: 'all 1 subnet(s) are private: nothing routes to an internet gateway',
      evidence: { publicSubnets: [], privateSubnets: ['subnet-private'] },
      message: 'all 1 subnet(s) are private',
      resource: 'vpc-1',
      inventory: () => liveInventory([vpc(), privateSubnet, mainTable]),
    },
    {
      name: 'a NAT route whose destination is unresolved leaves a subnet private',
      says: '1 public and 1 private subnet(s)',
      evidence: { publicSubnets: ['subnet-public'], privateSubnets: ['subnet-private'] },
      resource: 'vpc-1',
      inventory: () =>
        beside([
          local,
          {
            destination: unknown('prefix list not read'),
            target: { kind: 'other' as const, id: 'nat-1', description: 'NAT gateway' },
          },
        ]),
    },
    {
      name: 'routes that cannot be default routes to an internet gateway leave a subnet private',
      says: '1 public and 1 private subnet(s)',
      evidence: { publicSubnets: ['subnet-public'], privateSubnets: ['subnet-private'] },
      resource: 'vpc-1',
      inventory: () =>
        beside([
          local,
          { destination: '198.51.100.0/24', target: toInternet.target },
          { destination: '10.1.0.0/16', target: unknown('peering connection not read') },
          {
            destination: unknown('prefix list not read'),
            target: { kind: 'other' as const, id: 'nat-1', description: 'NAT gateway' },
          },
        ]),
    },
  ],
  fail: [
    {
      name: 'every subnet routes to the internet gateway through the main table',
      says: 'all 2 subnet(s) route to an internet gateway: none is private',
      evidence: { publicSubnets: ['subnet-public', 'subnet-private'], privateSubnets: [] },
      message: 'none is private',
      resource: 'vpc-1',
      inventory: () =>
        liveInventory([
          vpc(),
          publicSubnet,
          privateSubnet,
          routeTable({ id: 'rtb-main', isMain: true, routes: [local, toInternet] }),
        ]),
    },
  ],
  unknown: [
    {
      name: 'a non-default route to the internet gateway does not hide a later unresolved default route',
      says: 'subnet subnet-private: gateway from another stack',
      evidence: { publicSubnets: ['subnet-public'], privateSubnets: [] },
      resource: 'vpc-1',
      inventory: () =>
        beside([
          { destination: '198.51.100.0/24', target: toInternet.target },
          { destination: '0.0.0.0/0', target: unknown('gateway from another stack') },
        ]),
    },
    {
      name: 'a route to the internet gateway whose destination is unresolved',
      says: 'subnet subnet-private: destination from a parameter',
      evidence: { publicSubnets: ['subnet-public'], privateSubnets: [] },
      resource: 'vpc-1',
      inventory: () =>
        beside([local, { destination: unknown('destination from a parameter'), target: toInternet.target }]),
    },
    {
      name: 'a default route whose target is unresolved; the first unknown route is reported',
      says: 'subnet subnet-private: target not read',
      evidence: { publicSubnets: ['subnet-public'], privateSubnets: [] },
      resource: 'vpc-1',
      inventory: () =>
        beside([
          { destination: unknown('destination not read'), target: unknown('target not read') },
          { destination: '0.0.0.0/0', target: unknown('second target not read') },
        ]),
    },
    {
      name: 'a public subnet and one whose routes are unread',
      says: 'subnet subnet-private: ec2:DescribeRouteTables: AccessDenied',
      evidence: { publicSubnets: ['subnet-public'], privateSubnets: [] },
      message: 'ec2:DescribeRouteTables',
      resource: 'vpc-1',
      inventory: () =>
        liveInventory([
          vpc(),
          publicSubnet,
          privateSubnet,
          publicTable,
          routeTable({ id: 'rtb-main', isMain: true, routes: denied('ec2:DescribeRouteTables') }),
        ]),
    },
    {
      name: 'a public subnet whose neighbour may route anywhere: route tables unlisted',
      says: 'subnet subnet-private: route tables could not be read: AccessDenied',
      evidence: { publicSubnets: ['subnet-public'], privateSubnets: [] },
      resource: 'vpc-1',
      inventory: () =>
        liveInventory([vpc(), publicSubnet, privateSubnet, publicTable], {
          gaps: [gap('ec2-route-table', 'ec2:DescribeRouteTables')],
        }),
    },
    {
      name: 'subnets could not be listed (not "no subnets")',
      says: 'ec2-subnet could not be read in us-east-1 (AccessDenied), and the verdict rests on it; on what was read: the VPC has no subnets',
      evidence: {
        withheld: 'NOT_APPLICABLE',
        gap: {
          resourceType: 'ec2-subnet',
          action: 'ec2:DescribeSubnets',
          region: 'us-east-1',
          reason: 'AccessDenied',
        },
      },
      resource: 'vpc-1',
      inventory: () => liveInventory([vpc()], { gaps: [gap('ec2-subnet', 'ec2:DescribeSubnets')] }),
    },
  ],
  notApplicable: [
    { name: 'a VPC without subnets', resource: 'vpc-1', inventory: () => liveInventory([vpc()]) },
  ],
});

inventoryCases('db-snapshots-not-public', {
  pass: [{ name: 'a private manual snapshot', inventory: () => liveInventory([dbSnapshot(false)]) }],
  fail: [
    {
      name: 'restorable by all',
      message: 'restore attribute: all',
      inventory: () => liveInventory([dbSnapshot(true)]),
    },
  ],
  unknown: [
    {
      name: 'DescribeDBSnapshotAttributes denied',
      message: 'rds:DescribeDBSnapshotAttributes',
      inventory: () => liveInventory([dbSnapshot(denied('rds:DescribeDBSnapshotAttributes'))]),
    },
  ],
  notApplicable: [
    {
      name: 'an automated snapshot (cannot be shared)',
      inventory: () => liveInventory([dbSnapshot(undefined)]),
    },
  ],
});
