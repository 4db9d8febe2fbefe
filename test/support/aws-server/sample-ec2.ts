/**
 * The sample account's EC2 workloads and Systems Manager data (us-east-1, the payments VPC): a hardened app
 * instance and a forgotten bastion with a public IP, SSH open to the world and IMDSv1, an unencrypted snapshot,
 * the default NACL, and a region (eu-west-1) without flow logs or snapshot block public access.
 */
import type { FakeRegion } from './account.js';
import {
  address,
  flowLog,
  image,
  instance,
  launchTemplateVersion,
  networkAcl,
  networkInterface,
  snapshot,
} from './ec2-objects.js';

type Ec2Data = NonNullable<FakeRegion['ec2']>;

export function samplePaymentsEc2(
  account: string,
  vpc: string,
  appSubnet: string,
  publicSubnet: string,
): Partial<Ec2Data> {
  return {
    instances: [
      instance('i-0aaa00000000000001', {
        vpcId: vpc,
        subnetId: appSubnet,
        groups: ['sg-db'],
        monitoring: 'enabled',
        name: 'payments-app',
      }),
      instance('i-0aaa00000000000002', {
        vpcId: vpc,
        subnetId: publicSubnet,
        publicIp: '203.0.113.25',
        groups: ['sg-legacy-ssh'],
        httpTokens: 'optional',
        name: 'legacy-bastion',
      }),
    ],
    launchTemplateVersions: [
      launchTemplateVersion('lt-0aaa00000000000001', 'payments-app', {
        publicIp: false,
        httpTokens: 'required',
      }),
    ],
    snapshots: [
      snapshot('snap-0aaa00000000000001', account, true),
      snapshot('snap-0aaa00000000000002', account, false),
    ],
    snapshotBlockPublicAccess: 'block-all-sharing',
    images: [image('ami-0aaa00000000000001', account, false, 'payments-app-2025-03')],
    networkAcls: [
      // The default NACL as AWS creates it: everything in, everything out.
      networkAcl(
        'acl-0aaa00000000000001',
        vpc,
        [{ RuleNumber: 100, Protocol: '-1', CidrBlock: '0.0.0.0/0' }],
        true,
      ),
    ],
    networkInterfaces: [
      networkInterface('eni-0aaa00000000000001', ['sg-db']),
      networkInterface('eni-0aaa00000000000002', ['sg-legacy-ssh']),
      networkInterface('eni-0aaa00000000000003', ['sg-alb']),
    ],
    addresses: [address('eipalloc-0aaa00000000000001', '203.0.113.25', 'i-0aaa00000000000002')],
    flowLogs: [flowLog('fl-0aaa00000000000001', vpc)],
  };
}

export function samplePaymentsSsm(): FakeRegion['ssm'] {
  return {
    instances: [{ InstanceId: 'i-0aaa00000000000001', PingStatus: 'Online', ResourceType: 'EC2Instance' }],
    complianceSummaries: [
      {
        ComplianceType: 'Patch',
        ResourceType: 'ManagedInstance',
        ResourceId: 'i-0aaa00000000000001',
        Status: 'COMPLIANT',
      },
      {
        ComplianceType: 'Association',
        ResourceType: 'ManagedInstance',
        ResourceId: 'i-0aaa00000000000001',
        Status: 'COMPLIANT',
      },
    ],
  };
}
