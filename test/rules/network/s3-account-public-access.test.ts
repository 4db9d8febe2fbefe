/**
 * Account-level S3 Block Public Access (checklist row 70) and the bucket rule's
 * effective setting: S3 enforces a setting when the bucket or its account turns
 * it on (prowler #3346, #4257, #5386).
 */
import type { S3PublicAccessBlock } from '../../../src/inventory/model.js';
import { account, bucket, denied, liveInventory } from '../../support/inventory-builder.js';
import { inventoryCases, ruleCases } from '../../support/rule-cases.js';

const ALL_ON: S3PublicAccessBlock = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};
const ALL_OFF: S3PublicAccessBlock = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};
const ACLS_ONLY: S3PublicAccessBlock = { ...ALL_ON, blockPublicPolicy: false, restrictPublicBuckets: false };
const POLICY_ONLY: S3PublicAccessBlock = { ...ALL_ON, blockPublicAcls: false, ignorePublicAcls: false };
const DENIED = denied('s3:GetAccountPublicAccessBlock');

inventoryCases('s3-account-public-access-block', {
  pass: [
    {
      name: 'all four on for the account',
      says: 'all four Block Public Access settings are on for the account',
      evidence: {
        s3PublicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
      },
      inventory: () => liveInventory([account({ s3PublicAccessBlock: ALL_ON })]),
    },
  ],
  fail: [
    {
      name: 'only the ACL settings on',
      says: 'account-level Block Public Access settings off: blockPublicPolicy, restrictPublicBuckets',
      evidence: {
        s3PublicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: false,
          restrictPublicBuckets: false,
        },
      },
      message: 'blockPublicPolicy, restrictPublicBuckets',
      inventory: () => liveInventory([account({ s3PublicAccessBlock: ACLS_ONLY })]),
    },
    {
      name: 'none configured (all off)',
      says: 'account-level Block Public Access settings off: blockPublicAcls, ignorePublicAcls, blockPublicPolicy, restrictPublicBuckets',
      evidence: {
        s3PublicAccessBlock: {
          blockPublicAcls: false,
          ignorePublicAcls: false,
          blockPublicPolicy: false,
          restrictPublicBuckets: false,
        },
      },
      message: 'blockPublicAcls, ignorePublicAcls, blockPublicPolicy, restrictPublicBuckets',
      inventory: () => liveInventory([account({ s3PublicAccessBlock: ALL_OFF })]),
    },
  ],
  unknown: [
    {
      name: 'the S3 Control call was denied',
      says: 's3:GetAccountPublicAccessBlock: AccessDenied',
      evidence: {},
      message: 's3:GetAccountPublicAccessBlock',
      inventory: () => liveInventory([account({ s3PublicAccessBlock: DENIED })]),
    },
    {
      name: 'never read (an older snapshot)',
      says: 'the account-level S3 Block Public Access was not read',
      evidence: {},
      message: 'not read',
      inventory: () => liveInventory([account()]),
    },
  ],
});

inventoryCases('s3-public-access-blocked', {
  pass: [
    {
      name: 'bucket settings all off, the account blocks everything',
      says: 'the account-level Block Public Access turns all four settings on for every bucket',
      evidence: {
        publicAccessBlock: {
          blockPublicAcls: false,
          ignorePublicAcls: false,
          blockPublicPolicy: false,
          restrictPublicBuckets: false,
        },
        defaultApplied: null,
        accountPublicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
      },
      message: 'the account-level Block Public Access turns all four settings on for every bucket',
      inventory: () =>
        liveInventory([bucket({ publicAccessBlock: ALL_OFF, accountPublicAccessBlock: ALL_ON })]),
    },
    {
      name: 'the bucket blocks the ACLs, the account the policies',
      says: 'Block Public Access settings off: blockPublicPolicy, restrictPublicBuckets; the account-level Block Public Access turns them on',
      evidence: {
        publicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: false,
          restrictPublicBuckets: false,
        },
        defaultApplied: null,
        accountPublicAccessBlock: {
          blockPublicAcls: false,
          ignorePublicAcls: false,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
      },
      message:
        'blockPublicPolicy, restrictPublicBuckets; the account-level Block Public Access turns them on',
      inventory: () =>
        liveInventory([bucket({ publicAccessBlock: ACLS_ONLY, accountPublicAccessBlock: POLICY_ONLY })]),
    },
    {
      name: 'bucket settings unread, the account blocks everything',
      says: 'the account-level Block Public Access turns all four settings on for every bucket',
      evidence: {
        publicAccessBlock: null,
        defaultApplied: null,
        accountPublicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
      },
      message: 'for every bucket',
      inventory: () =>
        liveInventory([
          bucket({
            publicAccessBlock: denied('s3:GetBucketPublicAccessBlock'),
            accountPublicAccessBlock: ALL_ON,
          }),
        ]),
    },
    {
      name: 'bucket all on, the account setting unknown',
      says: 'all four Block Public Access settings are on',
      evidence: {
        publicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
        defaultApplied: null,
        accountPublicAccessBlock: null,
      },
      inventory: () =>
        liveInventory([bucket({ publicAccessBlock: ALL_ON, accountPublicAccessBlock: DENIED })]),
    },
  ],
  fail: [
    {
      name: 'a setting off at both levels',
      says: 'Block Public Access settings off at both the bucket and the account level: blockPublicPolicy, restrictPublicBuckets',
      evidence: {
        publicAccessBlock: {
          blockPublicAcls: false,
          ignorePublicAcls: false,
          blockPublicPolicy: false,
          restrictPublicBuckets: false,
        },
        defaultApplied: null,
        accountPublicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: false,
          restrictPublicBuckets: false,
        },
      },
      message: 'bucket and the account level: blockPublicPolicy, restrictPublicBuckets',
      inventory: () =>
        liveInventory([bucket({ publicAccessBlock: ALL_OFF, accountPublicAccessBlock: ACLS_ONLY })]),
    },
    {
      name: 'bucket off and the account setting never read: bucket level only',
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
      message: 'the account-level setting was not read',
      inventory: () => liveInventory([bucket({ publicAccessBlock: ACLS_ONLY })]),
    },
  ],
  unknown: [
    {
      name: 'bucket off and the account setting denied: neither PASS nor FAIL',
      says: 'Block Public Access settings off: blockPublicPolicy, restrictPublicBuckets at the bucket level, and the account-level setting is unknown: s3:GetAccountPublicAccessBlock: AccessDenied',
      evidence: {},
      message: 's3:GetAccountPublicAccessBlock',
      inventory: () =>
        liveInventory([bucket({ publicAccessBlock: ACLS_ONLY, accountPublicAccessBlock: DENIED })]),
    },
    {
      name: 'bucket unread and the account not blocking everything',
      says: 's3:GetBucketPublicAccessBlock: AccessDenied',
      evidence: {},
      message: 's3:GetBucketPublicAccessBlock',
      inventory: () =>
        liveInventory([
          bucket({
            publicAccessBlock: denied('s3:GetBucketPublicAccessBlock'),
            accountPublicAccessBlock: ACLS_ONLY,
          }),
        ]),
    },
  ],
});

const TEMPLATE = (settings: string): string => `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: { ${settings} }
`;

// A template holds no account setting: bucket-level only, as before, and said so.
ruleCases('s3-public-access-blocked', {
  pass: [
    {
      name: 'template: all four on at the bucket',
      template: TEMPLATE(
        'BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true',
      ),
    },
  ],
  fail: [
    {
      name: 'template: a setting off stays FAIL, whatever the account may set',
      message: 'bucket level only: the account-level setting was not read',
      template: TEMPLATE(
        'BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: true',
      ),
    },
  ],
  unknown: [
    {
      name: 'template: a setting from a parameter without default',
      parameters: {},
      template: `
Parameters:
  Block:
    Type: String
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: { BlockPublicAcls: !Ref Block, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }
`,
    },
  ],
});
