/** EC2 compute and gateways from templates: instances, launch templates, transit gateways, Client VPN endpoints. */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type {
  ClientVpnEndpoint,
  Ec2Instance,
  LaunchTemplate,
  NetworkAcl,
  NetworkAclEntry,
  TransitGateway,
} from '../../../inventory/model.js';
import {
  baseOf,
  boolFact,
  linkFact,
  linkListFact,
  numberFact,
  requireKnown,
  optionalBoolFact,
  resourcesOfType,
  stringFact,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';
import { mayNotExist } from './conditional-attachment.js';

/**
 * IMDSv2 required by a launch template's (or a launch configuration's) MetadataOptions: HttpTokens `required`,
 * or the endpoint `disabled`. Unset tokens are not required by the template (the AMI's or the account's
 * default applies); both types document `optional` as HttpTokens' default and `enabled` as HttpEndpoint's.
 */
function imdsV2RequiredBy(resource: TemplateResource, options: string): Maybe<boolean> {
  const endpoint = stringFact(resource, `${options}.HttpEndpoint`);
  if (endpoint instanceof Unknown) return endpoint;
  if (endpoint === 'disabled') return true;
  const tokens = stringFact(resource, `${options}.HttpTokens`);
  if (tokens instanceof Unknown) return tokens;
  if (tokens === undefined || tokens === 'optional') return false;
  if (tokens === 'required') return true;
  return unknown(`${resource.logicalId}.${options}.HttpTokens: ${tokens} is not a known value`);
}

/** Whether any network interface of the launch template data sets AssociatePublicIpAddress true. */
function assignsPublicIp(resource: TemplateResource): Maybe<boolean> {
  const path = 'LaunchTemplateData.NetworkInterfaces';
  const interfaces = valueAt(resource, path);
  if (interfaces instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${interfaces.reason}`);
  if (interfaces === undefined || interfaces === null) return false;
  if (!Array.isArray(interfaces)) return unknown(`${resource.logicalId}.${path}: not a list`);
  let undecided: Unknown | undefined;
  for (const position of interfaces.keys()) {
    const flag = optionalBoolFact(resource, `${path}.${position}.AssociatePublicIpAddress`);
    if (flag === true) return true;
    if (flag instanceof Unknown) undecided ??= flag;
  }
  return undecided ?? false;
}

export function launchTemplate(resource: TemplateResource): LaunchTemplate {
  return {
    type: 'ec2-launch-template',
    ...baseOf(resource, 'LaunchTemplateName'),
    assignsPublicIp: assignsPublicIp(resource),
    imdsV2Required: imdsV2RequiredBy(resource, 'LaunchTemplateData.MetadataOptions'),
  };
}

/**
 * An AWS::AutoScaling::LaunchConfiguration decides for every instance its Auto Scaling group launches what a
 * launch template's data would: it is an ec2-launch-template of the template (its origin's cfnType tells it
 * apart), read from its own property names and judged by the same rules. Left out, MetadataOptions and
 * AssociatePublicIpAddress mean what they mean in LaunchTemplateData: HttpTokens `optional` (IMDSv1 allowed),
 * and the subnet's MapPublicIpOnLaunch decides the address. Live scans do not read launch configurations
 * (autoscaling:DescribeLaunchConfigurations is not collected): there the instances the group launched are judged.
 */
export function launchConfiguration(resource: TemplateResource): LaunchTemplate {
  return {
    type: 'ec2-launch-template',
    ...baseOf(resource, 'LaunchConfigurationName'),
    assignsPublicIp: optionalBoolFact(resource, 'AssociatePublicIpAddress') ?? false,
    imdsV2Required: imdsV2RequiredBy(resource, 'MetadataOptions'),
    launchConfiguration: true,
  };
}

/** The launch template an instance names, found in the scanned templates; undefined when it names none. */
function launchTemplateOf(
  resource: TemplateResource,
  index: TemplateIndex,
): Maybe<TemplateResource | 'elsewhere' | undefined> {
  const id =
    linkFact(resource, 'LaunchTemplate.LaunchTemplateId') ??
    linkFact(resource, 'LaunchTemplate.LaunchTemplateName');
  if (id instanceof Unknown) return id;
  if (id === undefined) return undefined;
  const template = index.get(id);
  return template?.cfnType === 'AWS::EC2::LaunchTemplate' ? template : 'elsewhere';
}

/**
 * EnclaveOptions.Enabled of an instance: its own property wins over its launch template's (RunInstances
 * parameters override the template); unset in both, enclaves are off (the property's default). A launch
 * template outside the scanned templates may turn them on: Unknown.
 */
function instanceEnclave(resource: TemplateResource, index: TemplateIndex): Maybe<boolean> {
  const own = optionalBoolFact(resource, 'EnclaveOptions.Enabled');
  if (own !== undefined) return own;
  const template = launchTemplateOf(resource, index);
  if (template instanceof Unknown) return template;
  if (template === undefined) return false;
  if (template === 'elsewhere')
    return unknown(
      `${resource.logicalId}: its launch template is not in the scanned templates, so whether it enables Nitro Enclaves is unknown`,
    );
  return optionalBoolFact(template, 'LaunchTemplateData.EnclaveOptions.Enabled') ?? false;
}

/** An instance's IMDS setting: only a launch template in the scanned templates can set it (AWS::EC2::Instance has no MetadataOptions). */
function instanceImdsV2(resource: TemplateResource, index: TemplateIndex): Maybe<boolean> {
  const id =
    linkFact(resource, 'LaunchTemplate.LaunchTemplateId') ??
    linkFact(resource, 'LaunchTemplate.LaunchTemplateName');
  if (id instanceof Unknown) return id;
  const template = id === undefined ? undefined : index.get(id);
  if (template?.cfnType !== 'AWS::EC2::LaunchTemplate')
    return unknown(
      `${resource.logicalId}: no launch template in the scanned templates sets its metadata options, so the AMI's or the account's IMDS default applies`,
    );
  return imdsV2RequiredBy(template, 'LaunchTemplateData.MetadataOptions');
}

export function ec2Instance(resource: TemplateResource, index: TemplateIndex): Ec2Instance {
  const templateOnly = (what: string) => unknown(`${resource.logicalId}: ${what} is known only after launch`);
  return {
    type: 'ec2-instance',
    ...baseOf(resource),
    // A stack creates its instances running.
    state: 'running',
    vpcId: templateOnly('the VPC'),
    subnetId: linkFact(resource, 'SubnetId'),
    publicIp: templateOnly('the public IP address'),
    securityGroupIds:
      linkListFact(resource, 'SecurityGroupIds') ??
      unknown(
        `${resource.logicalId}: no SecurityGroupIds (groups by name, on network interfaces, or the VPC default)`,
      ),
    // AWS::EC2::Instance Monitoring: "Otherwise, basic monitoring is enabled."
    detailedMonitoring: boolFact(resource, 'Monitoring', false),
    ebsOptimized: templateOnly('EBS optimization (the default depends on the instance type)'),
    imdsV2Required: instanceImdsV2(resource, index),
    enclaveEnabled: instanceEnclave(resource, index),
  };
}

export function transitGateway(resource: TemplateResource): TransitGateway {
  const setting = stringFact(resource, 'AutoAcceptSharedAttachments');
  return {
    type: 'ec2-transit-gateway',
    ...baseOf(resource),
    // AWS::EC2::TransitGateway AutoAcceptSharedAttachments: "Disabled by default."
    autoAcceptSharedAttachments: setting instanceof Unknown ? setting : setting === 'enable',
  };
}

export function clientVpnEndpoint(resource: TemplateResource): ClientVpnEndpoint {
  const enabled = optionalBoolFact(resource, 'ConnectionLogOptions.Enabled');
  return {
    type: 'ec2-client-vpn-endpoint',
    ...baseOf(resource),
    // ConnectionLogOptions is a required property: CloudFormation rejects an endpoint without it.
    connectionLogging:
      enabled ??
      unknown(`${resource.logicalId}.ConnectionLogOptions.Enabled is not set (a required property)`),
  };
}

/** One AWS::EC2::NetworkAclEntry; Unknown when a field that decides what it lets in is unresolved. */
function networkAclEntry(entry: TemplateResource): Maybe<NetworkAclEntry> {
  const ruleNumber = requireKnown(numberFact(entry, 'RuleNumber'), entry, 'RuleNumber');
  const action = requireKnown(stringFact(entry, 'RuleAction'), entry, 'RuleAction');
  const protocol = requireKnown(stringFact(entry, 'Protocol'), entry, 'Protocol');
  // AWS::EC2::NetworkAclEntry Egress: "Default: false" (an inbound entry).
  const egress = boolFact(entry, 'Egress', false);
  const ipv4 = stringFact(entry, 'CidrBlock');
  const ipv6 = stringFact(entry, 'Ipv6CidrBlock');
  const from = numberFact(entry, 'PortRange.From');
  const to = numberFact(entry, 'PortRange.To');
  for (const fact of [ruleNumber, action, protocol, egress, ipv4, ipv6, from, to])
    if (fact instanceof Unknown) return fact;
  if (action !== 'allow' && action !== 'deny')
    return unknown(`${entry.logicalId}.RuleAction: ${String(action)} is neither allow nor deny`);
  return {
    ruleNumber: ruleNumber as number,
    egress: egress as boolean,
    action,
    protocol: protocol as string,
    cidr: (ipv4 ?? ipv6) as string | undefined,
    fromPort: from as number | undefined,
    toPort: to as number | undefined,
  };
}

/** Whether two entries can match the same packet, by protocol and port range (addresses are not compared). */
function mayMatchSameTraffic(a: NetworkAclEntry, b: NetworkAclEntry): boolean {
  // Protocols compare as numbers; a name (tcp) may be either, so it is taken to match.
  const numbered = [a.protocol, b.protocol].every((protocol) => /^\d+$/.test(protocol));
  if (numbered && a.protocol !== b.protocol) return false;
  const [aFrom, aTo] = portsOf(a);
  const [bFrom, bTo] = portsOf(b);
  return aFrom <= bTo && bFrom <= aTo;
}

/** The ports an entry covers: its PortRange only for TCP and UDP, which have ports (AWS ignores it otherwise). */
function portsOf(entry: NetworkAclEntry): [number, number] {
  const withPorts = ['6', '17', 'tcp', 'udp'].includes(entry.protocol.toLowerCase());
  return withPorts ? [entry.fromPort ?? 0, entry.toPort ?? 65535] : [0, 65535];
}

/**
 * A deny entry that may not exist decides nothing unless an allow entry of its direction comes after it and may
 * match the same traffic: otherwise the implicit final deny stops what it stops. Then it may be what stops that allow.
 */
function shadowsAllow(deny: NetworkAclEntry, entries: readonly NetworkAclEntry[]): boolean {
  return entries.some(
    (other) =>
      other.action === 'allow' &&
      other.egress === deny.egress &&
      other.ruleNumber > deny.ruleNumber &&
      mayMatchSameTraffic(deny, other),
  );
}

/**
 * A network ACL with the AWS::EC2::NetworkAclEntry resources that name it. An entry whose NetworkAclId cannot be
 * resolved may belong to this ACL, so the entries are then Unknown. A new ACL has no entries but the implicit deny.
 * An entry that may not be deployed still counts when it allows (a possible failure); a deny one cannot be relied on.
 */
export function networkAcl(resource: TemplateResource, index: TemplateIndex): NetworkAcl {
  let entries: Maybe<NetworkAclEntry[]> = [];
  const uncertainDenies: { entry: NetworkAclEntry; absent: Unknown }[] = [];
  for (const other of resourcesOfType(index, 'AWS::EC2::NetworkAclEntry')) {
    if (entries instanceof Unknown) continue;
    const owner = linkFact(other, 'NetworkAclId');
    if (owner instanceof Unknown) entries = unknown(`${other.logicalId}.NetworkAclId: ${owner.reason}`);
    else if (owner === resource.id) {
      const entry = networkAclEntry(other);
      if (entry instanceof Unknown) {
        entries = entry;
        continue;
      }
      entries.push(entry);
      const absent = mayNotExist(other, resource);
      if (absent && entry.action === 'deny') uncertainDenies.push({ entry, absent });
    }
  }
  if (Array.isArray(entries)) {
    const known = entries;
    const deciding = uncertainDenies.find(({ entry }) => shadowsAllow(entry, known));
    if (deciding) entries = unknown(`deny entry ${deciding.absent.reason}`);
  }
  return {
    type: 'ec2-network-acl',
    ...baseOf(resource),
    vpcId: requireKnown(linkFact(resource, 'VpcId'), resource, 'VpcId'),
    isDefault: false,
    entries,
  };
}
