import type { ListSecretsCommandOutput } from '@aws-sdk/client-secrets-manager';
import { serviceCalls } from '../../service.js';

const secretsmanager = serviceCalls('secretsmanager', '@aws-sdk/client-secrets-manager', 'secretsmanager');

/** Rotation settings and the last rotation come with the list: no call per secret. */
export const LIST_SECRETS = secretsmanager.call<ListSecretsCommandOutput>('ListSecrets');
