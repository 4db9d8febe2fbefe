import { paginateListSecrets, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { LIST_SECRETS } from './calls.js';

export async function fetchSecretsManager({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(SecretsManagerClient, region);
  await sendPages(rec, LIST_SECRETS, region, undefined, () =>
    paginateListSecrets({ client, pageSize: 100 }, {}),
  );
}
