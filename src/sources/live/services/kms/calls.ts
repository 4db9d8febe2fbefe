import type {
  DescribeKeyCommandOutput,
  GetKeyPolicyCommandOutput,
  GetKeyRotationStatusCommandOutput,
  ListAliasesCommandOutput,
  ListKeysCommandOutput,
} from '@aws-sdk/client-kms';
import { serviceCalls } from '../../service.js';

const kms = serviceCalls('kms', '@aws-sdk/client-kms', 'kms');

export const LIST_KEYS = kms.call<ListKeysCommandOutput>('ListKeys');
export const LIST_ALIASES = kms.call<ListAliasesCommandOutput>('ListAliases');

export const DESCRIBE_KEY = kms.call<DescribeKeyCommandOutput, string>('DescribeKey', {
  params: (KeyId) => ({ KeyId }),
  after: [LIST_KEYS],
});

/** Sent only for keys that can rotate automatically (what DescribeKey said decides). */
export const GET_KEY_ROTATION_STATUS = kms.call<GetKeyRotationStatusCommandOutput, string>(
  'GetKeyRotationStatus',
  { params: (KeyId) => ({ KeyId }), after: [DESCRIBE_KEY] },
);

/** Customer-managed keys only: an AWS-managed key's policy is AWS's own. */
export const GET_KEY_POLICY = kms.call<GetKeyPolicyCommandOutput, string>('GetKeyPolicy', {
  params: (KeyId) => ({ KeyId, PolicyName: 'default' }),
  after: [DESCRIBE_KEY],
});
