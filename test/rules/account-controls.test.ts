import { describe, expect, it } from 'vitest';
import {
  bucket,
  configRecorder,
  denied,
  kmsKey,
  liveInventory,
  regionSettings,
  securityGroup,
  trail,
} from '../support/inventory-builder.js';
import { findingsOf, inventoryCases } from '../support/rule-cases.js';
import { bucketPublicAccess } from '../../src/inventory/facts/bucket-public-access.js';
import { describePlace } from '../../src/inventory/facts/place.js';

inventoryCases('cloudtrail-logging', {
  pass: [
    {
      name: 'trail is logging',
      says: 'the trail is logging',
      evidence: { isLogging: true },
      inventory: () => liveInventory([trail({ isLogging: true })]),
    },
  ],
  fail: [
    {
      name: 'logging stopped',
      says: 'the trail exists but logging is stopped',
      evidence: { isLogging: false },
      message: 'logging is stopped',
      inventory: () => liveInventory([trail({ isLogging: false })]),
    },
  ],
  unknown: [
    {
      name: 'GetTrailStatus denied',
      says: 'cloudtrail:GetTrailStatus: AccessDenied',
      evidence: {},
      message: 'cloudtrail:GetTrailStatus',
      inventory: () => liveInventory([trail({ isLogging: denied('cloudtrail:GetTrailStatus') })]),
    },
  ],
});

inventoryCases('cloudtrail-encrypted-kms', {
  pass: [
    {
      name: 'customer-managed key',
      says: 'logs are encrypted with KMS key arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      evidence: {
        kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        keyManager: 'customer-managed',
      },
      inventory: () => liveInventory([kmsKey(), trail({ kmsKeyId: kmsKey().arn })]),
    },
  ],
  fail: [
    {
      name: 'SSE-S3 only',
      says: 'logs are encrypted with SSE-S3 only, no KMS key',
      evidence: { kmsKeyId: null },
      message: 'SSE-S3',
      inventory: () => liveInventory([trail({ kmsKeyId: undefined })]),
    },
  ],
  unknown: [
    {
      name: 'trail settings unreadable',
      says: 'cloudtrail:DescribeTrails: AccessDenied',
      evidence: {},
      inventory: () => liveInventory([trail({ kmsKeyId: denied('cloudtrail:DescribeTrails') })]),
    },
  ],
});

inventoryCases('config-recorder-enabled', {
  pass: [
    {
      name: 'recording everything',
      says: 'recording all supported resource types',
      evidence: { recording: true, allSupported: true, lastStatus: null },
      inventory: () => liveInventory([configRecorder()]),
    },
  ],
  fail: [
    {
      name: 'recorder stopped',
      says: 'the configuration recorder is stopped',
      evidence: { recording: false, allSupported: true, lastStatus: null },
      message: 'stopped',
      inventory: () => liveInventory([configRecorder({ recording: false })]),
    },
    {
      name: 'selected resource types only',
      says: 'the recorder records only selected resource types',
      evidence: { recording: true, allSupported: false, lastStatus: null },
      message: 'selected resource types',
      inventory: () => liveInventory([configRecorder({ allSupported: false })]),
    },
    {
      name: 'last recording failed',
      says: 'the recorder is on but its last recording failed',
      evidence: { recording: true, allSupported: true, lastStatus: 'FAILURE' },
      message: 'failed',
      inventory: () => liveInventory([configRecorder({ lastStatus: 'FAILURE' })]),
    },
    {
      name: 'no recorder in the account',
      says: 'No config-recorder exists in us-east-1 of account 111122223333',
      evidence: { population: 0, region: 'us-east-1' },
      message: 'No config-recorder exists',
      inventory: () => liveInventory([]),
    },
  ],
  unknown: [
    {
      name: 'recorder status denied',
      says: 'config:DescribeConfigurationRecorderStatus: AccessDenied',
      evidence: {},
      inventory: () =>
        liveInventory([configRecorder({ recording: denied('config:DescribeConfigurationRecorderStatus') })]),
    },
    {
      name: 'recording, but the recording group is unknown',
      says: 'config:DescribeConfigurationRecorders: AccessDenied',
      evidence: { recording: true, allSupported: null, lastStatus: null },
      inventory: () =>
        liveInventory([configRecorder({ allSupported: denied('config:DescribeConfigurationRecorders') })]),
    },
  ],
});

inventoryCases('ebs-encryption-by-default', {
  pass: [
    { name: 'enabled', inventory: () => liveInventory([regionSettings({ ebsEncryptionByDefault: true })]) },
  ],
  fail: [
    {
      name: 'disabled',
      says: 'EBS encryption by default is off in us-east-1',
      evidence: { ebsEncryptionByDefault: false, defaultKmsKeyId: null },
      message: 'off in us-east-1',
      inventory: () => liveInventory([regionSettings({ ebsEncryptionByDefault: false })]),
    },
  ],
  unknown: [
    {
      name: 'GetEbsEncryptionByDefault denied',
      says: 'ec2:GetEbsEncryptionByDefault: AccessDenied',
      evidence: {},
      inventory: () =>
        liveInventory([regionSettings({ ebsEncryptionByDefault: denied('ec2:GetEbsEncryptionByDefault') })]),
    },
  ],
});

const blockAll = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};

inventoryCases('s3-public-access-blocked', {
  pass: [{ name: 'all four on', inventory: () => liveInventory([bucket({ publicAccessBlock: blockAll })]) }],
  fail: [
    {
      name: 'live bucket without any configuration',
      says: 'the bucket has no Block Public Access configuration (bucket level only: the account-level setting was not read)',
      evidence: {
        publicAccessBlock: {
          blockPublicAcls: false,
          ignorePublicAcls: false,
          blockPublicPolicy: false,
          restrictPublicBuckets: false,
        },
        defaultApplied: 'the bucket has no Block Public Access configuration',
        accountPublicAccessBlock: null,
      },
      message: 'no Block Public Access',
      inventory: () =>
        liveInventory([
          bucket({
            ...bucketPublicAccess('none-configured', describePlace('bucket example-bucket')),
          }),
        ]),
    },
    {
      name: 'public policies allowed',
      says: 'Block Public Access settings off: blockPublicPolicy, restrictPublicBuckets (bucket level only: the account-level setting was not read)',
      evidence: {
        publicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: false,
          restrictPublicBuckets: false,
        },
        defaultApplied: null,
        accountPublicAccessBlock: null,
      },
      message: 'blockPublicPolicy, restrictPublicBuckets',
      inventory: () =>
        liveInventory([
          bucket({
            publicAccessBlock: { ...blockAll, blockPublicPolicy: false, restrictPublicBuckets: false },
          }),
        ]),
    },
  ],
  unknown: [
    {
      name: 'GetPublicAccessBlock denied',
      says: 's3:GetBucketPublicAccessBlock: AccessDenied',
      evidence: {},
      inventory: () =>
        liveInventory([bucket({ publicAccessBlock: denied('s3:GetBucketPublicAccessBlock') })]),
    },
  ],
});

const world = (protocol: string, fromPort?: number, toPort?: number, cidr = '0.0.0.0/0') => ({
  protocol,
  fromPort,
  toPort,
  cidr,
});

inventoryCases('sg-no-public-admin-ports', {
  pass: [
    {
      name: 'HTTPS from anywhere',
      says: 'no SSH or RDP ingress from 0.0.0.0/0 or ::/0 (1 ingress rule(s))',
      evidence: { ingressRules: 1 },
      inventory: () => liveInventory([securityGroup({ ingress: [world('tcp', 443, 443)] })]),
    },
    {
      name: 'SSH from a corporate range',
      says: 'no SSH or RDP ingress from 0.0.0.0/0 or ::/0 (1 ingress rule(s))',
      evidence: { ingressRules: 1 },
      inventory: () => liveInventory([securityGroup({ ingress: [world('tcp', 22, 22, '203.0.113.0/24')] })]),
    },
    {
      name: 'UDP 22 from anywhere is not SSH',
      says: 'no SSH or RDP ingress from 0.0.0.0/0 or ::/0 (1 ingress rule(s))',
      evidence: { ingressRules: 1 },
      inventory: () => liveInventory([securityGroup({ ingress: [world('udp', 22, 22)] })]),
    },
    {
      name: 'no ingress',
      says: 'no SSH or RDP ingress from 0.0.0.0/0 or ::/0 (0 ingress rule(s))',
      evidence: { ingressRules: 0 },
      inventory: () => liveInventory([securityGroup({ ingress: [] })]),
    },
    {
      name: 'a range from anywhere that stops short of 3389 and starts after 22',
      says: 'no SSH or RDP ingress from 0.0.0.0/0 or ::/0 (1 ingress rule(s))',
      evidence: { ingressRules: 1 },
      inventory: () => liveInventory([securityGroup({ ingress: [world('tcp', 23, 3388)] })]),
    },
    {
      name: 'SSH from a prefix list of private ranges only',
      says: 'no SSH or RDP ingress from 0.0.0.0/0 or ::/0 (1 ingress rule(s))',
      evidence: { ingressRules: 1 },
      inventory: () =>
        liveInventory([
          securityGroup({
            ingress: [
              {
                ...world('tcp', 22, 22),
                cidr: undefined,
                prefixListId: 'pl-1',
                prefixListCidrs: ['10.0.0.0/8'],
              },
            ],
          }),
        ]),
    },
    {
      name: 'HTTPS from a prefix list that was not read',
      says: 'no SSH or RDP ingress from 0.0.0.0/0 or ::/0 (1 ingress rule(s))',
      evidence: { ingressRules: 1 },
      inventory: () =>
        liveInventory([
          securityGroup({ ingress: [{ ...world('tcp', 443, 443), cidr: undefined, prefixListId: 'pl-2' }] }),
        ]),
    },
  ],
  fail: [
    {
      name: 'SSH from 0.0.0.0/0',
      says: 'open to the internet: SSH (22) from 0.0.0.0/0',
      evidence: {
        exposures: [{ service: 'SSH (22)', cidr: '0.0.0.0/0', protocol: 'tcp', fromPort: 22, toPort: 22 }],
      },
      message: 'SSH (22) from 0.0.0.0/0',
      inventory: () => liveInventory([securityGroup({ ingress: [world('tcp', 22, 22)] })]),
    },
    {
      name: 'RDP from ::/0',
      says: 'open to the internet: RDP (3389) from ::/0',
      evidence: {
        exposures: [{ service: 'RDP (3389)', cidr: '::/0', protocol: 'tcp', fromPort: 3389, toPort: 3389 }],
      },
      message: 'RDP (3389) from ::/0',
      inventory: () => liveInventory([securityGroup({ ingress: [world('6', 3389, 3389, '::/0')] })]),
    },
    {
      name: 'a port range covering 22',
      says: 'open to the internet: SSH (22) from 0.0.0.0/0',
      evidence: {
        exposures: [{ service: 'SSH (22)', cidr: '0.0.0.0/0', protocol: 'tcp', fromPort: 0, toPort: 1024 }],
      },
      inventory: () => liveInventory([securityGroup({ ingress: [world('tcp', 0, 1024)] })]),
    },
    {
      name: 'all traffic',
      says: 'open to the internet: SSH (22) from 0.0.0.0/0, RDP (3389) from 0.0.0.0/0',
      evidence: {
        exposures: [
          { service: 'SSH (22)', cidr: '0.0.0.0/0', protocol: 'all', fromPort: null, toPort: null },
          { service: 'RDP (3389)', cidr: '0.0.0.0/0', protocol: 'all', fromPort: null, toPort: null },
        ],
      },
      message: 'RDP',
      inventory: () => liveInventory([securityGroup({ ingress: [world('-1')] })]),
    },
    {
      name: 'TCP with port -1 means every TCP port',
      says: 'open to the internet: SSH (22) from 0.0.0.0/0, RDP (3389) from 0.0.0.0/0',
      evidence: {
        exposures: [
          { service: 'SSH (22)', cidr: '0.0.0.0/0', protocol: 'tcp', fromPort: -1, toPort: -1 },
          { service: 'RDP (3389)', cidr: '0.0.0.0/0', protocol: 'tcp', fromPort: -1, toPort: -1 },
        ],
      },
      inventory: () => liveInventory([securityGroup({ ingress: [world('tcp', -1, -1)] })]),
    },
    {
      name: 'TCP without a from port, up to 22',
      says: 'open to the internet: SSH (22) from 0.0.0.0/0',
      evidence: {
        exposures: [{ service: 'SSH (22)', cidr: '0.0.0.0/0', protocol: 'tcp', fromPort: null, toPort: 22 }],
      },
      inventory: () => liveInventory([securityGroup({ ingress: [world('tcp', undefined, 22)] })]),
    },
    {
      name: 'SSH through a prefix list holding 0.0.0.0/0',
      says: 'open to the internet: SSH (22) from 0.0.0.0/0 (prefix list pl-1)',
      evidence: {
        exposures: [
          {
            service: 'SSH (22)',
            cidr: '0.0.0.0/0 (prefix list pl-1)',
            protocol: 'tcp',
            fromPort: 22,
            toPort: 22,
          },
        ],
      },
      inventory: () =>
        liveInventory([
          securityGroup({
            ingress: [
              {
                ...world('tcp', 22, 22),
                cidr: undefined,
                prefixListId: 'pl-1',
                prefixListCidrs: ['10.0.0.0/8', '0.0.0.0/0'],
              },
            ],
          }),
        ]),
    },
    {
      name: 'the same exposure from two rules is named once',
      says: 'open to the internet: SSH (22) from 0.0.0.0/0, RDP (3389) from ::/0',
      evidence: {
        exposures: [
          { service: 'SSH (22)', cidr: '0.0.0.0/0', protocol: 'tcp', fromPort: 22, toPort: 22 },
          { service: 'SSH (22)', cidr: '0.0.0.0/0', protocol: 'tcp', fromPort: 20, toPort: 23 },
          { service: 'RDP (3389)', cidr: '::/0', protocol: 'udp', fromPort: 3389, toPort: 3389 },
        ],
      },
      inventory: () =>
        liveInventory([
          securityGroup({
            ingress: [world('tcp', 22, 22), world('tcp', 20, 23), world('udp', 3389, 3389, '::/0')],
          }),
        ]),
    },
  ],
  unknown: [
    {
      name: 'DescribeSecurityGroups denied',
      says: 'ec2:DescribeSecurityGroups: AccessDenied',
      evidence: {},
      inventory: () => liveInventory([securityGroup({ ingress: denied('ec2:DescribeSecurityGroups') })]),
    },
    {
      name: 'SSH and RDP from prefix lists that were not read',
      says: 'may be open to the internet: SSH (22) from prefix list pl-2: the entries of prefix list pl-2 were not read; SSH (22), RDP (3389) from prefix list pl-3: the entries of prefix list pl-3 were not read',
      evidence: {},
      inventory: () =>
        liveInventory([
          securityGroup({
            ingress: [
              { ...world('tcp', 22, 22), cidr: undefined, prefixListId: 'pl-2' },
              { ...world('-1'), cidr: undefined, prefixListId: 'pl-3' },
            ],
          }),
        ]),
    },
  ],
});

describe('account-wide controls', () => {
  it('fail once per account when a required population is empty, and not when it could not be read', () => {
    const empty = liveInventory([], { accounts: ['111122223333', '444455556666'] });
    const findings = findingsOf('cloudtrail-multi-region', empty);
    expect(findings.map((finding) => [finding.status, finding.resource.id])).toEqual([
      ['FAIL', '111122223333'],
      ['FAIL', '444455556666'],
    ]);
    const unread = liveInventory([], {
      gaps: [
        { resourceType: 'cloudtrail-trail', reason: 'AccessDenied', action: 'cloudtrail:DescribeTrails' },
      ],
    });
    expect(findingsOf('cloudtrail-multi-region', unread).map((finding) => finding.status)).toEqual([
      'UNKNOWN',
    ]);
  });
});
