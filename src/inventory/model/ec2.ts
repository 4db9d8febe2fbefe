/** EC2 compute and the account's EC2 objects: instances, launch templates, snapshots, AMIs, NACLs, EIPs, VPCs, SSM. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

export interface Ec2Instance extends ResourceBase<'ec2-instance'> {
  /** pending, running, stopping, stopped, shutting-down, terminated. */
  state: Maybe<string>;
  /** undefined: not in a VPC (EC2-Classic). */
  vpcId: Maybe<string | undefined>;
  subnetId: Maybe<string | undefined>;
  /** The public IPv4 address; undefined when it has none. */
  publicIp: Maybe<string | undefined>;
  securityGroupIds: Maybe<string[]>;
  /** CloudWatch detailed (1-minute) monitoring. */
  detailedMonitoring: Maybe<boolean>;
  ebsOptimized: Maybe<boolean>;
  /** MetadataOptions.HttpTokens is `required` (or the metadata endpoint is disabled). */
  imdsV2Required: Maybe<boolean>;
  /**
   * EnclaveOptions.Enabled: the instance can run AWS Nitro Enclaves (it is an enclave parent).
   * Undefined: not read by this source.
   */
  enclaveEnabled?: Maybe<boolean>;
}

export interface LaunchTemplate extends ResourceBase<'ec2-launch-template'> {
  /** The version judged (live: the default version). */
  version?: string;
  /** A network interface of the template sets AssociatePublicIpAddress true. */
  assignsPublicIp: Maybe<boolean>;
  /** MetadataOptions.HttpTokens is `required` (or the endpoint is disabled). */
  imdsV2Required: Maybe<boolean>;
  /** Template: read from an AWS::AutoScaling::LaunchConfiguration, the older form, which messages name as such. */
  launchConfiguration?: true;
}

export interface EbsSnapshot extends ResourceBase<'ebs-snapshot'> {
  encrypted: Maybe<boolean>;
  /** Restorable by every AWS account. */
  public: Maybe<boolean>;
}

export interface Ec2Image extends ResourceBase<'ec2-image'> {
  public: Maybe<boolean>;
}

export interface NetworkAclEntry {
  ruleNumber: number;
  egress: boolean;
  action: 'allow' | 'deny';
  /** -1 (all), a protocol number (6 tcp, 17 udp) or a name. */
  protocol: string;
  cidr?: string;
  fromPort?: number;
  toPort?: number;
}

export interface NetworkAcl extends ResourceBase<'ec2-network-acl'> {
  vpcId: Maybe<string>;
  isDefault: Maybe<boolean>;
  entries: Maybe<NetworkAclEntry[]>;
}

export interface ElasticIp extends ResourceBase<'ec2-elastic-ip'> {
  /** Associated with an instance or network interface. */
  associated: Maybe<boolean>;
}

export interface TransitGateway extends ResourceBase<'ec2-transit-gateway'> {
  autoAcceptSharedAttachments: Maybe<boolean>;
}

export interface ClientVpnEndpoint extends ResourceBase<'ec2-client-vpn-endpoint'> {
  connectionLogging: Maybe<boolean>;
}

export interface Vpc extends ResourceBase<'ec2-vpc'> {
  isDefault: Maybe<boolean>;
  /** The flow logs that capture this VPC's traffic (ids); Unknown when they were not read. */
  flowLogIds: Maybe<string[]>;
}

/** An instance (or on-premises server) that Systems Manager manages, with its compliance summaries (live only). */
export interface SsmManagedInstance extends ResourceBase<'ssm-managed-instance'> {
  /** The EC2 instance id (i-...) or hybrid managed-instance id (mi-...). */
  instanceId: string;
  /** Online, ConnectionLost, Inactive. */
  pingStatus: Maybe<string | undefined>;
  /** COMPLIANT / NON_COMPLIANT of the Patch compliance type; undefined when the instance has no patch data. */
  patchCompliance: Maybe<string | undefined>;
  /** COMPLIANT / NON_COMPLIANT of the Association compliance type; undefined when it has no association data. */
  associationCompliance: Maybe<string | undefined>;
}
