import {
  GetResourcePolicyCommand,
  paginateListSecrets,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { GET_RESOURCE_POLICY, LIST_SECRETS } from './calls.js';

export async function fetchSecretsManager({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(SecretsManagerClient, region);
  const secrets = await sendPages(rec, LIST_SECRETS, region, undefined, () =>
    paginateListSecrets({ client, pageSize: 100 }, {}),
  );
  await Promise.all(
    secrets.pages
      .flatMap((page) => page.SecretList ?? [])
      .map((secret) => secret.ARN)
      .filter(present)
      .map((SecretId) =>
        send(rec, GET_RESOURCE_POLICY, region, SecretId, () =>
          client.send(new GetResourcePolicyCommand({ SecretId })),
        ),
      ),
  );
}
