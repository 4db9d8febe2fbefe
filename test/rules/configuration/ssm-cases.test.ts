/**
 * Case tables for the live-only Systems Manager rules: whether a running instance is managed,
 * and the patch and association compliance of each managed instance.
 */
import type { Ec2Instance, Gap, SsmManagedInstance } from '../../../src/inventory/model.js';
import { REGION, denied, liveInventory, make } from '../../support/inventory-builder.js';
import { inventoryCases } from '../../support/rule-cases.js';

const INSTANCE = 'i-0000000000000c001';

const instance = (state: Ec2Instance['state'] = 'running'): Ec2Instance =>
  make('ec2-instance', {
    id: INSTANCE,
    state,
    vpcId: 'vpc-1',
    subnetId: 'subnet-1',
    publicIp: undefined,
    securityGroupIds: [],
    detailedMonitoring: true,
    ebsOptimized: true,
    imdsV2Required: true,
  });

const managed = (fields: Partial<Omit<SsmManagedInstance, 'type' | 'origin'>> = {}): SsmManagedInstance =>
  make('ssm-managed-instance', {
    id: `ssm/${INSTANCE}`,
    instanceId: INSTANCE,
    pingStatus: 'Online',
    patchCompliance: 'COMPLIANT',
    associationCompliance: 'COMPLIANT',
    ...fields,
  });

const ssmGap: Gap = {
  resourceType: 'ssm-managed-instance',
  region: REGION,
  action: 'ssm:DescribeInstanceInformation',
  reason: 'AccessDenied',
};

inventoryCases('ec2-managed-by-ssm', {
  pass: [
    {
      name: 'Systems Manager knows the running instance',
      resource: INSTANCE,
      message: 'ping status Online',
      inventory: () => liveInventory([instance(), managed()]),
    },
  ],
  fail: [
    {
      name: 'a running instance Systems Manager does not know',
      resource: INSTANCE,
      message: 'does not manage',
      inventory: () => liveInventory([instance()]),
    },
    {
      name: 'registered, but the agent lost its connection: not patched, not reachable',
      resource: INSTANCE,
      says: 'registered with Systems Manager, but its agent is not connected (ping status ConnectionLost)',
      inventory: () => liveInventory([instance(), managed({ pingStatus: 'ConnectionLost' })]),
    },
    {
      name: 'registered, but the agent is Inactive',
      resource: INSTANCE,
      message: 'ping status Inactive',
      inventory: () => liveInventory([instance(), managed({ pingStatus: 'Inactive' })]),
    },
  ],
  unknown: [
    {
      name: 'listed without a ping status: connected or not is unknown',
      resource: INSTANCE,
      message: 'without a ping status',
      inventory: () => liveInventory([instance(), managed({ pingStatus: undefined })]),
    },
    {
      name: 'DescribeInstanceInformation denied: absence proves nothing',
      resource: INSTANCE,
      message: 'AccessDenied',
      inventory: () => liveInventory([instance()], { gaps: [ssmGap] }),
    },
    {
      name: 'the instance state could not be read',
      resource: INSTANCE,
      message: 'ec2:DescribeInstances',
      inventory: () => liveInventory([instance(denied('ec2:DescribeInstances')), managed()]),
    },
  ],
  notApplicable: [
    { name: 'a stopped instance', resource: INSTANCE, inventory: () => liveInventory([instance('stopped')]) },
  ],
});

inventoryCases('ssm-patch-compliant', {
  pass: [{ name: 'Patch COMPLIANT', inventory: () => liveInventory([managed()]) }],
  fail: [
    {
      name: 'Patch NON_COMPLIANT',
      message: 'NON_COMPLIANT',
      inventory: () => liveInventory([managed({ patchCompliance: 'NON_COMPLIANT' })]),
    },
    {
      name: 'never scanned against a baseline',
      message: 'no patch compliance data',
      inventory: () => liveInventory([managed({ patchCompliance: undefined })]),
    },
  ],
  unknown: [
    {
      name: 'compliance summaries unread',
      message: 'ssm:ListResourceComplianceSummaries',
      inventory: () =>
        liveInventory([managed({ patchCompliance: denied('ssm:ListResourceComplianceSummaries') })]),
    },
  ],
});

inventoryCases('ssm-association-compliant', {
  pass: [{ name: 'Association COMPLIANT', inventory: () => liveInventory([managed()]) }],
  fail: [
    {
      name: 'Association NON_COMPLIANT',
      message: 'NON_COMPLIANT',
      inventory: () => liveInventory([managed({ associationCompliance: 'NON_COMPLIANT' })]),
    },
  ],
  unknown: [
    {
      name: 'compliance summaries unread',
      message: 'ssm:ListResourceComplianceSummaries',
      inventory: () =>
        liveInventory([managed({ associationCompliance: denied('ssm:ListResourceComplianceSummaries') })]),
    },
  ],
  notApplicable: [
    {
      name: 'no association targets the instance',
      inventory: () => liveInventory([managed({ associationCompliance: undefined })]),
    },
  ],
});
