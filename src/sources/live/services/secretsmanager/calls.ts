import type {
  GetResourcePolicyCommandOutput,
  ListSecretsCommandOutput,
} from '@aws-sdk/client-secrets-manager';
import { serviceCalls } from '../../service.js';

const secretsmanager = serviceCalls('secretsmanager', '@aws-sdk/client-secrets-manager', 'secretsmanager');

/** Rotation settings and the last rotation come with the list: no call per secret. */
export const LIST_SECRETS = secretsmanager.call<ListSecretsCommandOutput>('ListSecrets');

/** No listing carries resource policies: one per secret, by ARN. */
export const GET_RESOURCE_POLICY = secretsmanager.call<GetResourcePolicyCommandOutput, string>(
  'GetResourcePolicy',
  {
    params: (SecretId) => ({ SecretId }),
    after: [LIST_SECRETS],
  },
);
