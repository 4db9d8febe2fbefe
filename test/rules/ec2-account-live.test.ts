/**
 * Live-only EC2 and VPC rules: one fake account served over the wire, one scan, then a case table per rule
 * (the resource ids and the verdict each must get).
 */
import { beforeAll, describe, it } from 'vitest';
import type { Finding, Status } from '../../src/engine/finding.js';
import { emptyAccount, type FakeAccount } from '../support/aws-server/index.js';
import { routeTable, subnet } from '../support/aws-server/builders.js';
import {
  address,
  clientVpnEndpoint,
  flowLog,
  image,
  instance,
  launchTemplateVersion,
  networkAcl,
  networkInterface,
  snapshot,
  transitGateway,
} from '../support/aws-server/ec2-objects.js';
import { expectStatus } from '../support/rule-cases.js';
import { scanFake } from '../sources/live/helpers.js';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const TIERED = 'vpc-0000000000000aaa1';
const FLAT = 'vpc-0000000000000aaa2';
const EMPTY = 'vpc-0000000000000aaa3';

function account(): FakeAccount {
  const fake = emptyAccount({ accountId: ACCOUNT, enabledRegions: [REGION] });
  fake.regions[REGION] = {
    ec2: {
      vpcs: [
        { VpcId: TIERED, CidrBlock: '10.0.0.0/16', IsDefault: false, State: 'available' },
        { VpcId: FLAT, CidrBlock: '10.1.0.0/16', IsDefault: true, State: 'available' },
        // IsDefault left out: the VPC is still judged on its flow logs.
        { VpcId: EMPTY, CidrBlock: '10.2.0.0/16', State: 'available' },
      ],
      subnets: [
        subnet('subnet-0000000000000b001', TIERED, '10.0.1.0/24', 'us-east-1a', ACCOUNT, true),
        subnet('subnet-0000000000000b002', TIERED, '10.0.2.0/24', 'us-east-1a', ACCOUNT),
        subnet('subnet-0000000000000b003', FLAT, '10.1.1.0/24', 'us-east-1a', ACCOUNT, true),
      ],
      routeTables: [
        routeTable('rtb-0000000000000c001', TIERED, '10.0.0.0/16', ['subnet-0000000000000b001'], {
          igw: 'igw-0000000000000d001',
        }),
        routeTable('rtb-0000000000000c002', TIERED, '10.0.0.0/16', [], { main: true }),
        routeTable('rtb-0000000000000c003', FLAT, '10.1.0.0/16', [], {
          main: true,
          igw: 'igw-0000000000000d002',
        }),
      ],
      flowLogs: [
        flowLog('fl-0000000000000e001', TIERED),
        flowLog('fl-0000000000000e002', 'subnet-0000000000000b003'),
      ],
      securityGroups: [
        {
          GroupId: 'sg-0000000000000f001',
          GroupName: 'default',
          VpcId: TIERED,
          IpPermissions: [],
          IpPermissionsEgress: [],
        },
        {
          GroupId: 'sg-0000000000000f002',
          GroupName: 'default',
          VpcId: FLAT,
          IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-0000000000000f002' }] }],
          IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
        },
        {
          GroupId: 'sg-0000000000000f003',
          GroupName: 'web',
          VpcId: TIERED,
          IpPermissions: [
            { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
          ],
          IpPermissionsEgress: [],
        },
        {
          GroupId: 'sg-0000000000000f004',
          GroupName: 'legacy-db',
          VpcId: FLAT,
          IpPermissions: [
            { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
          ],
          IpPermissionsEgress: [],
        },
        {
          GroupId: 'sg-0000000000000f005',
          GroupName: 'partner',
          VpcId: TIERED,
          IpPermissions: [
            {
              IpProtocol: 'tcp',
              FromPort: 22,
              ToPort: 22,
              PrefixListIds: [{ PrefixListId: 'pl-0000000000000f999' }],
            },
          ],
          IpPermissionsEgress: [],
        },
        {
          GroupId: 'sg-0000000000000f006',
          GroupName: 'unused',
          VpcId: TIERED,
          IpPermissions: [],
          IpPermissionsEgress: [],
        },
      ],
      networkInterfaces: [
        networkInterface('eni-0000000000000a001', ['sg-0000000000000f003']),
        networkInterface('eni-0000000000000a002', ['sg-0000000000000f004', 'sg-0000000000000f005']),
      ],
      instances: [
        instance('i-0000000000000a001', {
          vpcId: TIERED,
          subnetId: 'subnet-0000000000000b002',
          groups: ['sg-0000000000000f003'],
          monitoring: 'enabled',
        }),
        instance('i-0000000000000a002', {
          vpcId: FLAT,
          subnetId: 'subnet-0000000000000b003',
          publicIp: '198.51.100.7',
          groups: ['sg-0000000000000f004'],
          httpTokens: 'optional',
          ebsOptimized: false,
        }),
        instance('i-0000000000000a003', {
          vpcId: TIERED,
          subnetId: 'subnet-0000000000000b001',
          publicIp: '198.51.100.8',
          groups: ['sg-0000000000000f003'],
        }),
        // Shapes a Describe answer may lack: the facts they carry are Unknown.
        {
          ...instance('i-0000000000000a004', { groups: ['sg-0000000000000f005'], publicIp: '198.51.100.9' }),
          MetadataOptions: undefined,
          Monitoring: undefined,
          EbsOptimized: undefined,
        },
        instance('i-0000000000000a005', { state: 'terminated', vpcId: FLAT, httpTokens: 'optional' }),
      ],
      launchTemplateVersions: [
        launchTemplateVersion('lt-0000000000000a001', 'hardened', {
          publicIp: false,
          httpTokens: 'required',
        }),
        launchTemplateVersion('lt-0000000000000a002', 'legacy', { publicIp: true }, 3),
        // An older version that was hardened: only the default version counts.
        launchTemplateVersion(
          'lt-0000000000000a002',
          'legacy',
          { publicIp: false, httpTokens: 'required' },
          4,
          false,
        ),
      ],
      snapshots: [
        snapshot('snap-0000000000000a001', ACCOUNT, true),
        snapshot('snap-0000000000000a002', ACCOUNT, false),
        { ...snapshot('snap-0000000000000a003', ACCOUNT, true), Encrypted: undefined },
        snapshot('snap-0000000000000a999', '999988887777', false),
      ],
      publicSnapshotIds: ['snap-0000000000000a002', 'snap-0000000000000a999'],
      snapshotBlockPublicAccess: 'block-new-sharing',
      images: [
        image('ami-0000000000000a001', ACCOUNT, false),
        image('ami-0000000000000a002', ACCOUNT, true),
        { ...image('ami-0000000000000a003', ACCOUNT, false), Public: undefined },
        image('ami-0000000000000a999', '999988887777', true),
      ],
      networkAcls: [
        networkAcl('acl-0000000000000a001', TIERED, [
          { RuleNumber: 100, Protocol: '6', PortRange: { From: 443, To: 443 }, CidrBlock: '0.0.0.0/0' },
        ]),
        networkAcl(
          'acl-0000000000000a002',
          FLAT,
          [{ RuleNumber: 100, Protocol: '-1', CidrBlock: '0.0.0.0/0' }],
          true,
        ),
        networkAcl('acl-0000000000000a003', TIERED, [
          {
            RuleNumber: 50,
            Protocol: '6',
            PortRange: { From: 22, To: 22 },
            CidrBlock: '0.0.0.0/0',
            RuleAction: 'deny',
          },
          { RuleNumber: 100, Protocol: '6', PortRange: { From: 0, To: 1024 }, CidrBlock: '0.0.0.0/0' },
        ]),
        { NetworkAclId: 'acl-0000000000000a004', VpcId: TIERED, IsDefault: false },
      ],
      addresses: [
        address('eipalloc-0000000000000a001', '198.51.100.8', 'i-0000000000000a003'),
        address('eipalloc-0000000000000a002', '198.51.100.20'),
      ],
      transitGateways: [
        transitGateway('tgw-0000000000000a001', false),
        transitGateway('tgw-0000000000000a002', true),
        { TransitGatewayId: 'tgw-0000000000000a003', State: 'available' },
      ],
      clientVpnEndpoints: [
        clientVpnEndpoint('cvpn-endpoint-0000000000000a001', true),
        clientVpnEndpoint('cvpn-endpoint-0000000000000a002', false),
        { ClientVpnEndpointId: 'cvpn-endpoint-0000000000000a003' },
      ],
    },
  };
  fake.regions[REGION].ssm = {
    instances: [
      { InstanceId: 'i-0000000000000a001', PingStatus: 'Online', ResourceType: 'EC2Instance' },
      { InstanceId: 'i-0000000000000a003', PingStatus: 'ConnectionLost', ResourceType: 'EC2Instance' },
      { InstanceId: 'mi-00000000000000001', PingStatus: 'Online', ResourceType: 'ManagedInstance' },
    ],
    complianceSummaries: [
      {
        ComplianceType: 'Patch',
        ResourceType: 'ManagedInstance',
        ResourceId: 'i-0000000000000a001',
        Status: 'COMPLIANT',
      },
      {
        ComplianceType: 'Association',
        ResourceType: 'ManagedInstance',
        ResourceId: 'i-0000000000000a001',
        Status: 'COMPLIANT',
      },
      {
        ComplianceType: 'Patch',
        ResourceType: 'ManagedInstance',
        ResourceId: 'i-0000000000000a003',
        Status: 'NON_COMPLIANT',
      },
      {
        ComplianceType: 'Association',
        ResourceType: 'ManagedInstance',
        ResourceId: 'i-0000000000000a003',
        Status: 'NON_COMPLIANT',
      },
    ],
  };
  return fake;
}

let findings: Finding[] = [];
beforeAll(async () => {
  findings = (await scanFake(account())).findings;
}, 60_000);

type Table = Partial<Record<Status, { name: string; id: string; message?: string | RegExp }[]>>;

function liveCases(ruleId: string, table: Table): void {
  describe(ruleId, () => {
    for (const [status, cases] of Object.entries(table) as [Status, NonNullable<Table[Status]>][]) {
      for (const testCase of cases) {
        it(`${status}: ${testCase.name}`, () => {
          const own = findings.filter((finding) => finding.ruleId === ruleId);
          expectStatus(own, status, {
            name: testCase.name,
            resource: testCase.id,
            message: testCase.message,
          });
        });
      }
    }
  });
}

liveCases('ec2-instance-no-public-ip', {
  PASS: [{ name: 'private instance', id: 'i-0000000000000a001' }],
  FAIL: [{ name: 'public instance', id: 'i-0000000000000a002', message: '198.51.100.7' }],
});

liveCases('ec2-instance-in-vpc', {
  PASS: [{ name: 'instance in a VPC', id: 'i-0000000000000a001', message: TIERED }],
  FAIL: [{ name: 'instance without a VpcId (EC2-Classic)', id: 'i-0000000000000a004' }],
});

liveCases('ec2-instance-no-exposed-ports', {
  PASS: [
    { name: 'no public IP', id: 'i-0000000000000a001' },
    { name: 'public IP but only HTTPS open', id: 'i-0000000000000a003' },
  ],
  FAIL: [
    {
      name: 'public IP and PostgreSQL open to the internet',
      id: 'i-0000000000000a002',
      message: 'PostgreSQL (5432) from 0.0.0.0/0',
    },
  ],
  UNKNOWN: [
    {
      name: 'public IP and SSH from an unread prefix list',
      id: 'i-0000000000000a004',
      message: /prefix list/,
    },
  ],
});

liveCases('ec2-imdsv2-required', {
  PASS: [
    { name: 'instance with HttpTokens required', id: 'i-0000000000000a001' },
    { name: 'default template version requires tokens', id: 'lt-0000000000000a001' },
  ],
  FAIL: [
    {
      name: 'instance with HttpTokens optional',
      id: 'i-0000000000000a002',
      message: 'allows IMDSv1',
    },
    {
      name: 'default template version without MetadataOptions',
      id: 'lt-0000000000000a002',
    },
  ],
  UNKNOWN: [
    {
      name: 'MetadataOptions not returned',
      id: 'i-0000000000000a004',
      message: 'MetadataOptions',
    },
  ],
});

liveCases('ec2-detailed-monitoring', {
  PASS: [{ name: 'monitoring enabled', id: 'i-0000000000000a001' }],
  FAIL: [{ name: 'basic monitoring', id: 'i-0000000000000a002' }],
  UNKNOWN: [{ name: 'Monitoring not returned', id: 'i-0000000000000a004' }],
});

liveCases('ec2-ebs-optimized', {
  PASS: [{ name: 'EBS-optimized', id: 'i-0000000000000a001' }],
  FAIL: [{ name: 'not EBS-optimized', id: 'i-0000000000000a002' }],
  UNKNOWN: [{ name: 'EbsOptimized not returned', id: 'i-0000000000000a004' }],
});

liveCases('launch-template-no-public-ip', {
  PASS: [{ name: 'AssociatePublicIpAddress false', id: 'lt-0000000000000a001' }],
  FAIL: [
    {
      name: 'default version 3 assigns one (version 4 does not, but is not the default)',
      id: 'lt-0000000000000a002',
      message: 'version 3',
    },
  ],
});

liveCases('ebs-snapshot-encrypted', {
  PASS: [{ name: 'encrypted snapshot', id: 'snap-0000000000000a001' }],
  FAIL: [{ name: 'unencrypted snapshot', id: 'snap-0000000000000a002' }],
  UNKNOWN: [{ name: 'Encrypted not returned', id: 'snap-0000000000000a003' }],
});

liveCases('ebs-snapshot-not-public', {
  PASS: [{ name: 'private snapshot', id: 'snap-0000000000000a001' }],
  FAIL: [{ name: 'snapshot restorable by all', id: 'snap-0000000000000a002' }],
});

liveCases('ebs-snapshot-block-public-access', {
  FAIL: [
    {
      name: 'block-new-sharing leaves old public snapshots public',
      id: `${ACCOUNT}/${REGION}/ec2`,
      message: 'block-new-sharing',
    },
  ],
});

liveCases('ami-not-public', {
  PASS: [{ name: 'private AMI', id: 'ami-0000000000000a001' }],
  FAIL: [{ name: 'public AMI', id: 'ami-0000000000000a002' }],
  UNKNOWN: [{ name: 'Public not returned', id: 'ami-0000000000000a003' }],
});

liveCases('nacl-no-public-admin-ingress', {
  PASS: [
    { name: 'HTTPS only', id: 'acl-0000000000000a001' },
    { name: 'SSH denied by an earlier entry, the rest of 0-1024 allowed', id: 'acl-0000000000000a003' },
  ],
  FAIL: [
    {
      name: 'default ACL allows all traffic',
      id: 'acl-0000000000000a002',
      message: 'all traffic from 0.0.0.0/0',
    },
  ],
  UNKNOWN: [{ name: 'Entries not returned', id: 'acl-0000000000000a004' }],
});

liveCases('default-sg-restricts-all', {
  PASS: [{ name: 'default group without rules', id: 'sg-0000000000000f001' }],
  FAIL: [
    {
      name: 'default group with its default rules',
      id: 'sg-0000000000000f002',
      message: '1 inbound and 1 outbound',
    },
  ],
});

liveCases('sg-attached-to-eni', {
  PASS: [{ name: 'group used by an ENI', id: 'sg-0000000000000f003' }],
  FAIL: [{ name: 'group no ENI uses', id: 'sg-0000000000000f006' }],
  NOT_APPLICABLE: [{ name: 'a default group (it cannot be deleted)', id: 'sg-0000000000000f002' }],
});

liveCases('eip-associated', {
  PASS: [{ name: 'associated address', id: 'eipalloc-0000000000000a001' }],
  FAIL: [{ name: 'idle address', id: 'eipalloc-0000000000000a002' }],
});

liveCases('transit-gateway-no-auto-accept', {
  PASS: [{ name: 'auto-accept disabled', id: 'tgw-0000000000000a001' }],
  FAIL: [{ name: 'auto-accept enabled', id: 'tgw-0000000000000a002' }],
  UNKNOWN: [{ name: 'Options not returned', id: 'tgw-0000000000000a003' }],
});

liveCases('client-vpn-connection-logging', {
  PASS: [{ name: 'logging on', id: 'cvpn-endpoint-0000000000000a001' }],
  FAIL: [{ name: 'logging off', id: 'cvpn-endpoint-0000000000000a002' }],
  UNKNOWN: [
    {
      name: 'ConnectionLogOptions not returned',
      id: 'cvpn-endpoint-0000000000000a003',
    },
  ],
});

liveCases('vpc-flow-logs-enabled', {
  PASS: [{ name: 'a VPC flow log', id: TIERED }],
  FAIL: [{ name: 'only a subnet flow log', id: FLAT, message: 'no active flow log' }],
});

liveCases('vpc-public-and-private-subnets', {
  PASS: [{ name: 'a public and a private subnet (main table)', id: TIERED }],
  FAIL: [{ name: 'every subnet routes to the internet gateway', id: FLAT }],
  NOT_APPLICABLE: [{ name: 'a VPC without subnets', id: EMPTY }],
});

liveCases('ec2-managed-by-ssm', {
  PASS: [{ name: 'a managed running instance', id: 'i-0000000000000a001' }],
  FAIL: [{ name: 'a running instance SSM does not know', id: 'i-0000000000000a002' }],
});

liveCases('ssm-patch-compliant', {
  PASS: [{ name: 'Patch COMPLIANT', id: 'ssm/i-0000000000000a001' }],
  FAIL: [
    { name: 'Patch NON_COMPLIANT', id: 'ssm/i-0000000000000a003', message: 'NON_COMPLIANT' },
    { name: 'no patch data at all', id: 'ssm/mi-00000000000000001', message: 'never scanned' },
  ],
});

liveCases('ssm-association-compliant', {
  PASS: [{ name: 'Association COMPLIANT', id: 'ssm/i-0000000000000a001' }],
  FAIL: [{ name: 'Association NON_COMPLIANT', id: 'ssm/i-0000000000000a003' }],
  NOT_APPLICABLE: [{ name: 'no association targets it', id: 'ssm/mi-00000000000000001' }],
});
