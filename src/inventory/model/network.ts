/** VPC networking: subnets, route tables, internet gateways, security groups, EC2 account settings. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

export interface Subnet extends ResourceBase<'ec2-subnet'> {
  vpcId: Maybe<string>;
  mapPublicIpOnLaunch?: Maybe<boolean>;
}

export type RouteTarget =
  | { kind: 'internet-gateway'; id: string }
  | { kind: 'local' }
  | { kind: 'other'; id?: string; description: string };

export interface Route {
  /** IPv4/IPv6 CIDR or prefix list id. */
  destination: Maybe<string>;
  target: Maybe<RouteTarget>;
}

export interface RouteTable extends ResourceBase<'ec2-route-table'> {
  vpcId: Maybe<string>;
  /** The VPC's main route table: used by subnets without an explicit association. */
  isMain: boolean;
  /** Subnets explicitly associated with this table. */
  subnetIds: Maybe<string[]>;
  routes: Maybe<Route[]>;
}

export interface InternetGateway extends ResourceBase<'ec2-internet-gateway'> {
  vpcIds: Maybe<string[]>;
  /**
   * Templates: why `vpcIds` may be incomplete, when a gateway attachment
   * names its gateway by a value the template leaves unresolved (it may be
   * this one).
   */
  unattributedAttachment?: string;
}

export interface SecurityGroupRule {
  /** tcp, udp, icmp, a protocol number, or -1 (all protocols and ports). */
  protocol: string;
  fromPort?: number;
  toPort?: number;
  /** IPv4 or IPv6 CIDR source. */
  cidr?: string;
  sourceGroupId?: string;
  /**
   * Source prefix list id (template `SourcePrefixListId`, live
   * `IpPermissions[].PrefixListIds[].PrefixListId`). A customer-managed prefix
   * list can hold any CIDR, 0.0.0.0/0 included, so the rule is only as open as
   * `prefixListCidrs` says.
   */
  prefixListId?: string;
  /**
   * The CIDRs of that prefix list: live from ec2:GetManagedPrefixListEntries,
   * templates from the Entries of an AWS::EC2::PrefixList in the scanned
   * templates. Unknown (with the reason) when they were not read; set whenever
   * `prefixListId` is.
   */
  prefixListCidrs?: Maybe<string[]>;
}

export interface SecurityGroup extends ResourceBase<'ec2-security-group'> {
  vpcId: Maybe<string | undefined>;
  ingress: Maybe<SecurityGroupRule[]>;
  /** Live only: how many outbound permissions it has (the default group should have none). */
  egressRuleCount?: Maybe<number>;
  /** Live only: some network interface uses it (ec2:DescribeNetworkInterfaces). */
  attachedToNetworkInterface?: Maybe<boolean>;
}

/** Per-region account settings of EC2 (live only). */
export interface Ec2RegionSettings extends ResourceBase<'ec2-region-settings'> {
  ebsEncryptionByDefault: Maybe<boolean>;
  ebsDefaultKmsKeyId?: Maybe<string | undefined>;
  /** GetSnapshotBlockPublicAccessState: block-all-sharing, block-new-sharing or unblocked. */
  snapshotBlockPublicAccess?: Maybe<string>;
}
