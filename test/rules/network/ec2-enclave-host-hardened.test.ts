/**
 * ec2-enclave-host-hardened: a Nitro Enclaves parent requires IMDSv2, has no public address, sits in a
 * private subnet and accepts nothing from 0.0.0.0/0 or ::/0. Instances without enclaves are not judged.
 */
import type { Ec2Instance } from '../../../src/inventory/model.js';
import {
  denied,
  liveInventory,
  make,
  routeTable,
  securityGroup,
  subnet,
} from '../../support/inventory-builder.js';
import { inventoryCases, ruleCases } from '../../support/rule-cases.js';

const parent = (fields: Partial<Omit<Ec2Instance, 'type' | 'origin'>> = {}): Ec2Instance =>
  make('ec2-instance', {
    id: 'i-0000000000000e001',
    state: 'running',
    vpcId: 'vpc-1',
    subnetId: 'subnet-1',
    publicIp: undefined,
    securityGroupIds: ['sg-0enclave'],
    detailedMonitoring: true,
    ebsOptimized: true,
    imdsV2Required: true,
    enclaveEnabled: true,
    ...fields,
  });

const privateTable = () => routeTable({ subnetIds: ['subnet-1'] });
const publicTable = () =>
  routeTable({
    subnetIds: ['subnet-1'],
    routes: [
      { destination: '10.0.0.0/16', target: { kind: 'local' } },
      { destination: '0.0.0.0/0', target: { kind: 'internet-gateway', id: 'igw-1' } },
    ],
  });
const group = (cidr?: string) =>
  securityGroup({
    id: 'sg-0enclave',
    ingress:
      cidr === undefined
        ? [{ protocol: 'tcp', fromPort: 8000, toPort: 8000, cidr: '10.0.0.0/16' }]
        : [{ protocol: 'tcp', fromPort: 8000, toPort: 8000, cidr }],
  });
const account = (instance: Ec2Instance, extra = { group: group(), table: privateTable() }) =>
  liveInventory([instance, extra.group, subnet(), extra.table]);

inventoryCases('ec2-enclave-host-hardened', {
  pass: [
    {
      name: 'IMDSv2, no public address, a private subnet, ingress only from the VPC',
      inventory: () => account(parent()),
    },
    {
      name: 'a stopped parent is still judged on its settings',
      inventory: () => account(parent({ state: 'stopped' })),
    },
  ],
  fail: [
    {
      name: 'IMDSv1 allowed',
      message: 'allows IMDSv1',
      inventory: () => account(parent({ imdsV2Required: false })),
    },
    {
      name: 'a public IPv4 address',
      message: 'public IPv4 address 203.0.113.7',
      inventory: () => account(parent({ publicIp: '203.0.113.7' })),
    },
    {
      name: 'a subnet routed to an internet gateway, without a public address',
      message: 'routes 0.0.0.0/0 to internet gateway igw-1',
      inventory: () => account(parent(), { group: group(), table: publicTable() }),
    },
    {
      name: 'a vsock proxy port open to ::/0',
      message: 'tcp 8000 from ::/0',
      inventory: () => account(parent(), { group: group('::/0'), table: privateTable() }),
    },
    {
      name: 'HTTPS open to 0.0.0.0/0: no port is allow-listed on an enclave parent',
      message: 'tcp 443 from 0.0.0.0/0',
      inventory: () =>
        account(parent(), {
          group: securityGroup({
            id: 'sg-0enclave',
            ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' }],
          }),
          table: privateTable(),
        }),
    },
    {
      name: 'a known failure stands even when another part is unread',
      message: 'allows IMDSv1',
      inventory: () => account(parent({ imdsV2Required: false, publicIp: denied('ec2:DescribeInstances') })),
    },
  ],
  unknown: [
    {
      name: 'whether enclaves are enabled was not read',
      message: 'EnclaveOptions',
      inventory: () => account(parent({ enclaveEnabled: denied('EnclaveOptions') })),
    },
    {
      name: 'a source that does not read the enclave flag',
      message: 'was not read',
      inventory: () => account(parent({ enclaveEnabled: undefined })),
    },
    {
      name: 'a security group not in the inventory',
      message: 'sg-0missing',
      inventory: () => account(parent({ securityGroupIds: ['sg-0missing'] })),
    },
    {
      name: 'the public address could not be read',
      message: 'ec2:DescribeInstances',
      inventory: () => account(parent({ publicIp: denied('ec2:DescribeInstances') })),
    },
  ],
  notApplicable: [
    { name: 'enclaves not enabled', inventory: () => account(parent({ enclaveEnabled: false })) },
    { name: 'a terminated parent', inventory: () => account(parent({ state: 'terminated' })) },
  ],
});

const IMDS_V1_TEMPLATE = `
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { MetadataOptions: { HttpTokens: optional } }`;

ruleCases('ec2-enclave-host-hardened', {
  fail: [
    {
      name: 'EnclaveOptions on the instance, IMDSv1 from its launch template',
      resource: 'Parent',
      message: 'allows IMDSv1',
      template: `
Resources:${IMDS_V1_TEMPLATE}
  Parent:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      EnclaveOptions: { Enabled: true }
      LaunchTemplate: { LaunchTemplateId: !Ref Lt, Version: !GetAtt Lt.LatestVersionNumber }`,
    },
    {
      name: 'EnclaveOptions from the launch template',
      resource: 'Parent',
      message: 'allows IMDSv1',
      template: `
Resources:
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { EnclaveOptions: { Enabled: true }, MetadataOptions: { HttpTokens: optional } }
  Parent:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      LaunchTemplate: { LaunchTemplateId: !Ref Lt, Version: !GetAtt Lt.LatestVersionNumber }`,
    },
  ],
  unknown: [
    {
      name: 'IMDSv2 required, but the public address is known only after launch',
      resource: 'Parent',
      message: 'known only after launch',
      template: `
Resources:
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { MetadataOptions: { HttpTokens: required } }
  Parent:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      EnclaveOptions: { Enabled: true }
      LaunchTemplate: { LaunchTemplateId: !Ref Lt, Version: !GetAtt Lt.LatestVersionNumber }`,
    },
    {
      name: 'a launch template outside the scanned templates may enable enclaves',
      resource: 'Parent',
      message: 'not in the scanned templates',
      template: `
Resources:
  Parent:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      LaunchTemplate: { LaunchTemplateName: shared-template, Version: '1' }`,
    },
    {
      name: 'EnclaveOptions from a parameter without a value',
      resource: 'Parent',
      template: `
Parameters:
  Enclaves: { Type: String }
Resources:
  Parent:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0123456789abcdef0, EnclaveOptions: { Enabled: !Ref Enclaves } }`,
    },
  ],
  notApplicable: [
    {
      name: 'no EnclaveOptions (the default is off)',
      resource: 'Plain',
      template: `
Resources:
  Plain:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0123456789abcdef0 }`,
    },
    {
      name: 'the instance turns off what its launch template enables',
      resource: 'Parent',
      template: `
Resources:
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { EnclaveOptions: { Enabled: true } }
  Parent:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      EnclaveOptions: { Enabled: false }
      LaunchTemplate: { LaunchTemplateId: !Ref Lt, Version: '1' }`,
    },
  ],
});
