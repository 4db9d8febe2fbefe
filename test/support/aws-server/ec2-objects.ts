/** SDK-shaped EC2 objects (instances, templates, snapshots, images, NACLs ...) for fake accounts. */
import type {
  Address,
  ClientVpnEndpoint,
  FlowLog,
  Image,
  Instance,
  LaunchTemplateVersion,
  NetworkAcl,
  NetworkAclEntry,
  NetworkInterface,
  Snapshot,
  TransitGateway,
} from '@aws-sdk/client-ec2';
import { CREATED } from './builders.js';

export function instance(
  id: string,
  options: {
    vpcId?: string;
    subnetId?: string;
    publicIp?: string;
    groups?: string[];
    monitoring?: 'enabled' | 'disabled';
    ebsOptimized?: boolean;
    httpTokens?: 'required' | 'optional';
    state?: 'running' | 'stopped' | 'terminated';
    name?: string;
    enclaves?: boolean;
  } = {},
): Instance {
  return {
    InstanceId: id,
    InstanceType: 'm7g.large',
    ImageId: 'ami-0aaaaaaaaaaaaaaa1',
    LaunchTime: CREATED,
    State: { Name: options.state ?? 'running', Code: options.state === 'stopped' ? 80 : 16 },
    VpcId: options.vpcId,
    SubnetId: options.subnetId,
    PublicIpAddress: options.publicIp,
    PrivateIpAddress: '10.0.1.10',
    SecurityGroups: (options.groups ?? []).map((GroupId) => ({ GroupId, GroupName: GroupId })),
    Monitoring: { State: options.monitoring ?? 'disabled' },
    EbsOptimized: options.ebsOptimized ?? true,
    MetadataOptions: {
      State: 'applied',
      HttpEndpoint: 'enabled',
      HttpTokens: options.httpTokens ?? 'required',
      HttpPutResponseHopLimit: 2,
    },
    // DescribeInstances answers EnclaveOptions for every instance.
    EnclaveOptions: { Enabled: options.enclaves ?? false },
    Tags: options.name ? [{ Key: 'Name', Value: options.name }] : [],
  };
}

export function launchTemplateVersion(
  id: string,
  name: string,
  data: { publicIp?: boolean; httpTokens?: 'required' | 'optional' },
  version = 1,
  isDefault = true,
): LaunchTemplateVersion {
  return {
    LaunchTemplateId: id,
    LaunchTemplateName: name,
    VersionNumber: version,
    DefaultVersion: isDefault,
    CreateTime: CREATED,
    LaunchTemplateData: {
      ImageId: 'ami-0aaaaaaaaaaaaaaa1',
      ...(data.publicIp === undefined
        ? {}
        : { NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: data.publicIp }] }),
      ...(data.httpTokens === undefined ? {} : { MetadataOptions: { HttpTokens: data.httpTokens } }),
    },
  };
}

export function snapshot(id: string, owner: string, encrypted: boolean): Snapshot {
  return {
    SnapshotId: id,
    OwnerId: owner,
    VolumeId: 'vol-0aaaaaaaaaaaaaaa1',
    VolumeSize: 8,
    State: 'completed',
    StartTime: CREATED,
    Encrypted: encrypted,
    Tags: [],
  };
}

export function image(id: string, owner: string, isPublic: boolean, name = id): Image {
  return { ImageId: id, OwnerId: owner, Name: name, Public: isPublic, State: 'available', Tags: [] };
}

export function networkAcl(
  id: string,
  vpcId: string,
  inbound: Partial<NetworkAclEntry>[],
  isDefault = false,
): NetworkAcl {
  return {
    NetworkAclId: id,
    VpcId: vpcId,
    IsDefault: isDefault,
    Entries: [
      ...inbound.map((entry) => ({ Egress: false, RuleAction: 'allow' as const, ...entry })),
      { RuleNumber: 32767, Egress: false, Protocol: '-1', RuleAction: 'deny', CidrBlock: '0.0.0.0/0' },
      { RuleNumber: 100, Egress: true, Protocol: '-1', RuleAction: 'allow', CidrBlock: '0.0.0.0/0' },
    ],
    Associations: [],
    Tags: [],
  };
}

export function networkInterface(id: string, groups: string[]): NetworkInterface {
  return {
    NetworkInterfaceId: id,
    Groups: groups.map((GroupId) => ({ GroupId, GroupName: GroupId })),
    Status: 'in-use',
  };
}

export function address(allocationId: string, publicIp: string, associatedWith?: string): Address {
  return {
    AllocationId: allocationId,
    PublicIp: publicIp,
    Domain: 'vpc',
    ...(associatedWith
      ? { InstanceId: associatedWith, AssociationId: `eipassoc-${allocationId.slice(9)}` }
      : {}),
  };
}

export function transitGateway(id: string, autoAccept: boolean): TransitGateway {
  return {
    TransitGatewayId: id,
    State: 'available',
    Options: { AutoAcceptSharedAttachments: autoAccept ? 'enable' : 'disable', AmazonSideAsn: 64512 },
  };
}

export function clientVpnEndpoint(id: string, logging: boolean): ClientVpnEndpoint {
  return {
    ClientVpnEndpointId: id,
    ConnectionLogOptions: {
      Enabled: logging,
      ...(logging ? { CloudwatchLogGroup: '/vpn/connections' } : {}),
    },
  };
}

export function flowLog(id: string, resourceId: string): FlowLog {
  return {
    FlowLogId: id,
    ResourceId: resourceId,
    FlowLogStatus: 'ACTIVE',
    TrafficType: 'ALL',
    LogDestinationType: 's3',
    LogDestination: 'arn:aws:s3:::flow-logs',
  };
}
