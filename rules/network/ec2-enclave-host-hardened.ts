import { defineRule, fail, notApplicable, pass, undetermined, type Evidence } from '../../src/engine/rule.js';
import type { Inventory } from '../../src/inventory/inventory.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { Ec2Instance, SecurityGroupRule } from '../../src/inventory/model.js';
import {
  describeExposures,
  ingressAddedElsewhere,
  openedPorts,
  worldExposures,
} from '../lib/security-group-exposure.js';
import { publicRouteOf } from '../lib/subnet-routes.js';

/** Every rule open to the world counts on an enclave parent, whatever its protocol and ports. */
function anyPort(rule: SecurityGroupRule): string[] {
  const { protocol, from, to } = openedPorts(rule);
  if (protocol === 'all') return ['all traffic'];
  return [from === to ? `${protocol} ${from}` : `${protocol} ${from}-${to}`];
}

/** States in which the instance no longer exists as a parent to judge. */
const GONE = new Set(['shutting-down', 'terminated']);

interface Findings {
  failures: string[];
  undecided: string[];
  evidence: Record<string, Evidence[keyof Evidence]>;
}

function judgeReachability(instance: Ec2Instance, inventory: Inventory, found: Findings): void {
  if (isUnknown(instance.publicIp)) found.undecided.push(instance.publicIp.reason);
  else if (instance.publicIp !== undefined) {
    found.failures.push(`it has the public IPv4 address ${instance.publicIp}`);
    found.evidence.publicIp = instance.publicIp;
  }
  const subnetId = instance.subnetId;
  if (isUnknown(subnetId)) {
    found.undecided.push(subnetId.reason);
    return;
  }
  if (subnetId === undefined) {
    found.undecided.push('its subnet is not named on the instance (network interfaces, or the default VPC)');
    return;
  }
  const subnet = inventory.require('ec2-subnet', subnetId, instance.region);
  if (isUnknown(subnet)) {
    found.undecided.push(subnet.reason);
    return;
  }
  const route = publicRouteOf(subnet, inventory);
  if (isUnknown(route)) found.undecided.push(route.reason);
  else if (route !== undefined) {
    found.failures.push(
      `its subnet ${route.subnet} routes ${route.route} to internet gateway ${route.gateway} (route table ${route.routeTable})`,
    );
    found.evidence.publicRoute = { ...route };
  }
}

function judgeIngress(instance: Ec2Instance, inventory: Inventory, found: Findings): void {
  if (isUnknown(instance.securityGroupIds)) {
    found.undecided.push(instance.securityGroupIds.reason);
    return;
  }
  const exposures: Evidence[] = [];
  for (const groupId of instance.securityGroupIds) {
    const group = inventory.require('ec2-security-group', groupId, instance.region);
    if (isUnknown(group)) {
      found.undecided.push(group.reason);
      continue;
    }
    if (isUnknown(group.ingress)) {
      found.undecided.push(`${groupId}: ${group.ingress.reason}`);
      continue;
    }
    const world = worldExposures(group.ingress, anyPort);
    exposures.push(...world.exposures.map((exposure) => ({ ...exposure, securityGroup: groupId })));
    found.undecided.push(...world.undecided.map((reason) => `${groupId}: ${reason}`));
    const elsewhere = ingressAddedElsewhere(group);
    if (elsewhere) found.undecided.push(elsewhere);
  }
  if (exposures.length > 0) {
    found.failures.push(`its security groups accept ${describeExposures(exposures)}`);
    found.evidence.exposures = exposures;
  }
}

export default defineRule({
  id: 'ec2-enclave-host-hardened',
  title: 'Nitro Enclaves parent instances require IMDSv2 and are not reachable from the internet',
  severity: 'high',
  criteria: ['CC6.1', 'CC6.6'],
  family: 'network',
  appliesTo: ['ec2-instance'],
  reads: ['ec2-security-group', 'ec2-subnet', 'ec2-route-table'],
  rationale:
    'An instance with EnclaveOptions enabled is the parent of a Nitro Enclave: it holds the instance role the ' +
    "enclave's KMS calls are made with, and every byte to and from the enclave passes through it (vsock proxies " +
    'listen on it). The enclave is isolated from the parent, but a parent that allows IMDSv1 hands its role ' +
    'credentials to any request forgery, and one with a public address, a subnet routed to an internet gateway, or ' +
    'a security group open to 0.0.0.0/0 or ::/0 puts that channel and those credentials in reach of the internet. ' +
    'Instances without enclaves are judged by the general EC2 rules.',
  remediation: {
    summary:
      'Require IMDSv2 on the parent, launch it without a public address in a private subnet, and allow ingress only from named networks or security groups, never from 0.0.0.0/0 or ::/0 (console: EC2 > Instances > Actions > Instance settings > Modify instance metadata options; Security groups > Edit inbound rules).',
    cloudformation:
      'AWS::EC2::LaunchTemplate: `LaunchTemplateData: { EnclaveOptions: { Enabled: true }, MetadataOptions: { HttpTokens: required }, NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false, SubnetId: <private subnet>, Groups: [<group without 0.0.0.0/0 ingress>] }] }`',
    cdk: 'new ec2.Instance(this, "Parent", { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, requireImdsv2: true, securityGroup, ... }) with (instance.node.defaultChild as ec2.CfnInstance).enclaveOptions = { enabled: true }',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <i> --http-tokens required; aws ec2 revoke-security-group-ingress --group-id <sg> --ip-permissions <the 0.0.0.0/0 or ::/0 rule>',
  },
  equivalents: {
    prowler: [
      'ec2_confidential_workload_host_imdsv2_not_enforced',
      'ec2_confidential_workload_host_public_ip',
      'ec2_confidential_workload_host_unrestricted_ingress',
      'ec2_confidential_workload_host_vsock_proxy_exposed',
    ],
  },
  evaluate(instance, inventory) {
    const enclave = instance.enclaveEnabled ?? undefined;
    if (enclave === undefined)
      return undetermined('whether the instance enables Nitro Enclaves was not read');
    if (isUnknown(enclave)) return undetermined(enclave);
    if (!enclave) return notApplicable('the instance does not enable Nitro Enclaves');
    if (!isUnknown(instance.state) && GONE.has(instance.state))
      return notApplicable(`the enclave parent is ${instance.state}`);
    const found: Findings = { failures: [], undecided: [], evidence: {} };
    if (isUnknown(instance.imdsV2Required)) found.undecided.push(instance.imdsV2Required.reason);
    else if (!instance.imdsV2Required)
      found.failures.push('it allows IMDSv1 (HttpTokens is optional or not set)');
    judgeReachability(instance, inventory, found);
    judgeIngress(instance, inventory, found);
    if (found.failures.length > 0)
      return fail(`the enclave parent: ${found.failures.join('; ')}`, {
        ...found.evidence,
        ...(found.undecided.length > 0 ? { undecided: found.undecided } : {}),
      });
    if (found.undecided.length > 0) return undetermined(`the enclave parent: ${found.undecided.join('; ')}`);
    return pass(
      'the enclave parent requires IMDSv2, has no public IPv4 address, sits in a subnet without a route to an internet gateway, and no security group of it accepts traffic from 0.0.0.0/0 or ::/0',
      { securityGroups: isUnknown(instance.securityGroupIds) ? [] : instance.securityGroupIds },
    );
  },
});
