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
  pass: [{ name: 'trail is logging', inventory: () => liveInventory([trail({ isLogging: true })]) }],
  fail: [
    {
      name: 'logging stopped',
      message: 'logging is stopped',
      inventory: () => liveInventory([trail({ isLogging: false })]),
    },
  ],
  unknown: [
    {
      name: 'GetTrailStatus denied',
      message: 'cloudtrail:GetTrailStatus',
      inventory: () => liveInventory([trail({ isLogging: denied('cloudtrail:GetTrailStatus') })]),
    },
  ],
});

inventoryCases('cloudtrail-encrypted-kms', {
  pass: [
    {
      name: 'customer-managed key',
      inventory: () => liveInventory([kmsKey(), trail({ kmsKeyId: kmsKey().arn })]),
    },
  ],
  fail: [
    {
      name: 'SSE-S3 only',
      message: 'SSE-S3',
      inventory: () => liveInventory([trail({ kmsKeyId: undefined })]),
    },
  ],
  unknown: [
    {
      name: 'trail settings unreadable',
      inventory: () => liveInventory([trail({ kmsKeyId: denied('cloudtrail:DescribeTrails') })]),
    },
  ],
});

inventoryCases('config-recorder-enabled', {
  pass: [{ name: 'recording everything', inventory: () => liveInventory([configRecorder()]) }],
  fail: [
    {
      name: 'recorder stopped',
      message: 'stopped',
      inventory: () => liveInventory([configRecorder({ recording: false })]),
    },
    {
      name: 'selected resource types only',
      message: 'selected resource types',
      inventory: () => liveInventory([configRecorder({ allSupported: false })]),
    },
    {
      name: 'last recording failed',
      message: 'failed',
      inventory: () => liveInventory([configRecorder({ lastStatus: 'FAILURE' })]),
    },
    {
      name: 'no recorder in the account',
      message: 'No config-recorder exists',
      inventory: () => liveInventory([]),
    },
  ],
  unknown: [
    {
      name: 'recorder status denied',
      inventory: () =>
        liveInventory([configRecorder({ recording: denied('config:DescribeConfigurationRecorderStatus') })]),
    },
    {
      name: 'recording, but the recording group is unknown',
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
      message: 'off in us-east-1',
      inventory: () => liveInventory([regionSettings({ ebsEncryptionByDefault: false })]),
    },
  ],
  unknown: [
    {
      name: 'GetEbsEncryptionByDefault denied',
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
      inventory: () => liveInventory([securityGroup({ ingress: [world('tcp', 443, 443)] })]),
    },
    {
      name: 'SSH from a corporate range',
      inventory: () => liveInventory([securityGroup({ ingress: [world('tcp', 22, 22, '203.0.113.0/24')] })]),
    },
    {
      name: 'UDP 22 from anywhere is not SSH',
      inventory: () => liveInventory([securityGroup({ ingress: [world('udp', 22, 22)] })]),
    },
    { name: 'no ingress', inventory: () => liveInventory([securityGroup({ ingress: [] })]) },
  ],
  fail: [
    {
      name: 'SSH from 0.0.0.0/0',
      message: 'SSH (22) from 0.0.0.0/0',
      inventory: () => liveInventory([securityGroup({ ingress: [world('tcp', 22, 22)] })]),
    },
    {
      name: 'RDP from ::/0',
      message: 'RDP (3389) from ::/0',
      inventory: () => liveInventory([securityGroup({ ingress: [world('6', 3389, 3389, '::/0')] })]),
    },
    {
      name: 'a port range covering 22',
      inventory: () => liveInventory([securityGroup({ ingress: [world('tcp', 0, 1024)] })]),
    },
    {
      name: 'all traffic',
      message: 'RDP',
      inventory: () => liveInventory([securityGroup({ ingress: [world('-1')] })]),
    },
  ],
  unknown: [
    {
      name: 'DescribeSecurityGroups denied',
      inventory: () => liveInventory([securityGroup({ ingress: denied('ec2:DescribeSecurityGroups') })]),
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
