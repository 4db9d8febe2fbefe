import type { IpPermission } from '@aws-sdk/client-ec2';
import type { FakeAccount } from '../../support/aws-server/index.js';
import { networkAcl } from '../../support/aws-server/ec2-objects.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const VPC_ID = 'vpc-0a1b2c3d4e5f60718';

function ec2Of(account: FakeAccount) {
  const region = (account.regions[PARITY_REGION] ??= {});
  return (region.ec2 ??= {});
}

function addGroup(account: FakeAccount, id: string, permissions: IpPermission[]): void {
  (ec2Of(account).securityGroups ??= []).push({
    GroupId: id,
    GroupName: id,
    Description: 'parity',
    VpcId: VPC_ID,
    OwnerId: PARITY_ACCOUNT,
    IpPermissions: permissions,
    IpPermissionsEgress: [],
  });
}

function addSubnet(account: FakeAccount, id: string, mapPublicIpOnLaunch: boolean): void {
  (ec2Of(account).subnets ??= []).push({
    SubnetId: id,
    VpcId: VPC_ID,
    CidrBlock: '10.0.9.0/24',
    AvailabilityZone: `${PARITY_REGION}a`,
    MapPublicIpOnLaunch: mapPublicIpOnLaunch,
    State: 'available',
  });
}

const groupTemplate = (ingress: unknown[]) => ({
  Type: 'AWS::EC2::SecurityGroup',
  Properties: { GroupDescription: 'parity', VpcId: VPC_ID, SecurityGroupIngress: ingress },
});

parityCases('sg-no-public-all-ports', [
  {
    name: 'all traffic from 0.0.0.0/0',
    status: 'FAIL',
    template: {
      logicalId: 'Open',
      resources: { Open: groupTemplate([{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }]) },
    },
    live: {
      id: 'sg-0000000000000a001',
      add: (account) =>
        addGroup(account, 'sg-0000000000000a001', [
          { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        ]),
    },
  },
  {
    name: 'HTTPS only from 0.0.0.0/0',
    status: 'PASS',
    template: {
      logicalId: 'Web',
      resources: {
        Web: groupTemplate([{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' }]),
      },
    },
    live: {
      id: 'sg-0000000000000a002',
      add: (account) =>
        addGroup(account, 'sg-0000000000000a002', [
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        ]),
    },
  },
]);

parityCases('sg-no-public-high-risk-ports', [
  {
    name: 'PostgreSQL from ::/0',
    status: 'FAIL',
    template: {
      logicalId: 'Db',
      resources: {
        Db: groupTemplate([{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIpv6: '::/0' }]),
      },
    },
    live: {
      id: 'sg-0000000000000b001',
      add: (account) =>
        addGroup(account, 'sg-0000000000000b001', [
          { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
        ]),
    },
  },
  {
    name: 'PostgreSQL from the VPC',
    status: 'PASS',
    template: {
      logicalId: 'Private',
      resources: {
        Private: groupTemplate([{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIp: '10.0.0.0/16' }]),
      },
    },
    live: {
      id: 'sg-0000000000000b002',
      add: (account) =>
        addGroup(account, 'sg-0000000000000b002', [
          { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '10.0.0.0/16' }] },
        ]),
    },
  },
]);

parityCases('subnet-no-auto-public-ip', [
  {
    name: 'a subnet that maps public IPs on launch',
    status: 'FAIL',
    template: {
      logicalId: 'Public',
      resources: {
        Public: {
          Type: 'AWS::EC2::Subnet',
          Properties: { VpcId: VPC_ID, CidrBlock: '10.0.9.0/24', MapPublicIpOnLaunch: true },
        },
      },
    },
    live: {
      id: 'subnet-0000000000000c001',
      add: (account) => addSubnet(account, 'subnet-0000000000000c001', true),
    },
  },
  {
    name: 'a subnet that does not',
    status: 'PASS',
    template: {
      logicalId: 'Private',
      resources: {
        Private: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: VPC_ID, CidrBlock: '10.0.9.0/24' } },
      },
    },
    live: {
      id: 'subnet-0000000000000c002',
      add: (account) => addSubnet(account, 'subnet-0000000000000c002', false),
    },
  },
]);

parityCases('nacl-no-public-admin-ingress', [
  {
    name: 'an ACL letting SSH in from the internet',
    status: 'FAIL',
    template: {
      logicalId: 'Acl',
      resources: {
        Acl: { Type: 'AWS::EC2::NetworkAcl', Properties: { VpcId: VPC_ID } },
        Ssh: {
          Type: 'AWS::EC2::NetworkAclEntry',
          Properties: {
            NetworkAclId: { Ref: 'Acl' },
            RuleNumber: 100,
            Protocol: 6,
            RuleAction: 'allow',
            CidrBlock: '0.0.0.0/0',
            PortRange: { From: 22, To: 22 },
          },
        },
      },
    },
    live: {
      id: 'acl-0000000000000d001',
      add: (account) =>
        (ec2Of(account).networkAcls ??= []).push(
          networkAcl('acl-0000000000000d001', VPC_ID, [
            { RuleNumber: 100, Protocol: '6', CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } },
          ]),
        ),
    },
  },
]);
