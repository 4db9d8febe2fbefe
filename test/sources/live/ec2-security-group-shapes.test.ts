/**
 * The EC2 security-group normalizer on partial and malformed recorded answers
 * (issue 12, found by mutation testing): a group without IpPermissions or
 * IpPermissionsEgress is UNKNOWN naming the group, never "no rules"; a prefix
 * list that was not found or has an entry without a CIDR is UNKNOWN naming the
 * list, never empty; a permission none of whose sources could be read is UNKNOWN;
 * a group without GroupId is skipped, not a crash.
 */
import { describe, expect, it } from 'vitest';
import {
  DESCRIBE_NETWORK_INTERFACES,
  DESCRIBE_SECURITY_GROUPS,
  GET_MANAGED_PREFIX_LIST_ENTRIES,
} from '../../../src/sources/live/services/ec2/calls.js';
import { normalizeEc2 } from '../../../src/sources/live/services/ec2/normalize.js';
import type { CallRecord } from '../../../src/sources/snapshot/format.js';
import {
  ACCOUNT,
  DENIED,
  NOT_FOUND,
  outputOf,
  plain,
  recorded,
  type RecordedAnswer,
} from './recorded-output.js';

const GROUP = 'sg-0123456789abcdef0';
const LIST = 'pl-0123456789abcdef0';
const SSH = { IpProtocol: 'tcp', FromPort: 22, ToPort: 22 };

/** A DescribeSecurityGroups entry as AWS returns it. */
const SECURITY_GROUP: Record<string, unknown> = {
  GroupId: GROUP,
  GroupName: 'web',
  Description: 'web',
  OwnerId: ACCOUNT,
  VpcId: 'vpc-1',
  SecurityGroupArn: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/${GROUP}`,
  IpPermissions: [
    { ...SSH, IpRanges: [{ CidrIp: '10.0.0.0/8' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] },
  ],
  IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
};

const EXPECTED = {
  type: 'ec2-security-group',
  id: GROUP,
  arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/${GROUP}`,
  name: 'web',
  region: 'us-east-1',
  origin: { kind: 'live', account: ACCOUNT, region: 'us-east-1' },
  tags: undefined,
  vpcId: 'vpc-1',
  ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '10.0.0.0/8' }],
  egressRuleCount: 1,
  attachedToNetworkInterface: true,
};

/** The security groups normalized from one DescribeSecurityGroups page and the prefix list's entries. */
function groups(pages: unknown[], prefixList: RecordedAnswer = { responses: [] }): unknown[] {
  const calls: CallRecord[] = [
    recorded(DESCRIBE_SECURITY_GROUPS, undefined, { responses: pages }),
    recorded(GET_MANAGED_PREFIX_LIST_ENTRIES, LIST, prefixList),
    recorded(DESCRIBE_NETWORK_INTERFACES, undefined, {
      responses: [{ NetworkInterfaces: [{ Groups: [{ GroupId: GROUP }] }] }],
    }),
  ];
  const out = outputOf(calls);
  normalizeEc2(out);
  return out.resources.filter((resource) => resource.type === 'ec2-security-group').map(plain);
}

const fromList = { ...SSH, PrefixListIds: [{ PrefixListId: LIST }] };

describe('EC2 security groups, recorded shapes', () => {
  it.each<[string, Record<string, unknown>, RecordedAnswer | undefined, Record<string, unknown>]>([
    ['a group as AWS returns it', {}, undefined, {}],
    [
      'no IpPermissions: ingress UNKNOWN naming the group',
      { IpPermissions: undefined },
      undefined,
      { ingress: `UNKNOWN: security group ${GROUP}: IpPermissions was not returned` },
    ],
    [
      'no IpPermissionsEgress: egress UNKNOWN naming the group',
      { IpPermissionsEgress: undefined },
      undefined,
      { egressRuleCount: `UNKNOWN: security group ${GROUP}: IpPermissionsEgress was not returned` },
    ],
    ['no egress rules', { IpPermissionsEgress: [] }, undefined, { egressRuleCount: 0 }],
    [
      'a prefix-list source: its entries are read',
      { IpPermissions: [fromList] },
      { responses: [{ Entries: [{ Cidr: '10.1.0.0/16' }] }, { Entries: [{ Cidr: '0.0.0.0/0' }] }] },
      {
        ingress: [
          {
            ...{ protocol: 'tcp', fromPort: 22, toPort: 22 },
            prefixListId: LIST,
            prefixListCidrs: ['10.1.0.0/16', '0.0.0.0/0'],
          },
        ],
      },
    ],
    [
      'a prefix list answered without Entries holds no addresses',
      { IpPermissions: [fromList] },
      { responses: [{}] },
      { ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, prefixListId: LIST, prefixListCidrs: [] }] },
    ],
    [
      'a prefix-list entry without a CIDR: UNKNOWN naming the list',
      { IpPermissions: [fromList] },
      { responses: [{ Entries: [{ Cidr: '10.1.0.0/16' }, { Description: 'no cidr' }] }] },
      {
        ingress: [
          {
            protocol: 'tcp',
            fromPort: 22,
            toPort: 22,
            prefixListId: LIST,
            prefixListCidrs: `UNKNOWN: prefix list ${LIST}: an entry without a CIDR`,
          },
        ],
      },
    ],
    [
      'a prefix list not found: UNKNOWN naming it',
      { IpPermissions: [fromList] },
      { error: NOT_FOUND },
      {
        ingress: [
          {
            protocol: 'tcp',
            fromPort: 22,
            toPort: 22,
            prefixListId: LIST,
            prefixListCidrs: `UNKNOWN: prefix list ${LIST} was not found`,
          },
        ],
      },
    ],
    [
      'a prefix list not readable: UNKNOWN with the denial',
      { IpPermissions: [fromList] },
      { error: DENIED },
      {
        ingress: [
          {
            protocol: 'tcp',
            fromPort: 22,
            toPort: 22,
            prefixListId: LIST,
            prefixListCidrs:
              'UNKNOWN: ec2:GetManagedPrefixListEntries failed in us-east-1: AccessDenied: not authorized',
          },
        ],
      },
    ],
    [
      'a permission whose only range has no CidrIp: UNKNOWN, no source was read',
      { IpPermissions: [{ ...SSH, IpRanges: [{ Description: 'office' }] }] },
      undefined,
      {
        ingress: `UNKNOWN: security group ${GROUP}: IpPermissions[0].source: none (a permission names at least one source: CidrIp, CidrIpv6, a prefix list or a security group)`,
      },
    ],
    [
      'IPv4 and IPv6 ranges each make a rule',
      {
        IpPermissions: [{ ...SSH, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] }],
      },
      undefined,
      {
        ingress: [
          { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '0.0.0.0/0' },
          { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '::/0' },
        ],
      },
    ],
  ])('%s', (_name, change, prefixList, expected) => {
    expect(groups([{ SecurityGroups: [{ ...SECURITY_GROUP, ...change }] }], prefixList)).toEqual([
      { ...EXPECTED, ...expected },
    ]);
  });

  it.each<[string, unknown[]]>([
    ['a page without SecurityGroups', [{}, { SecurityGroups: [SECURITY_GROUP] }]],
    [
      'a group without GroupId',
      [{ SecurityGroups: [{ ...SECURITY_GROUP, GroupId: undefined }, SECURITY_GROUP] }],
    ],
  ])('%s is skipped, the other groups kept', (_name, pages) => {
    expect(groups(pages)).toEqual([EXPECTED]);
  });
});
