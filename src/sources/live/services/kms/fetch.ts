import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  paginateListAliases,
  paginateListKeys,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_KEY, GET_KEY_POLICY, GET_KEY_ROTATION_STATUS, LIST_ALIASES, LIST_KEYS } from './calls.js';

/** Only customer-managed symmetric keys with AWS key material can rotate automatically. */
function canRotate(metadata: KeyMetadata | undefined): boolean {
  if (!metadata) return false;
  return (
    metadata.KeyManager === 'CUSTOMER' &&
    metadata.KeySpec === 'SYMMETRIC_DEFAULT' &&
    metadata.Origin === 'AWS_KMS'
  );
}

export async function fetchKms({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(KMSClient, region);
  const [keys] = await Promise.all([
    sendPages(rec, LIST_KEYS, region, undefined, () => paginateListKeys({ client }, {})),
    sendPages(rec, LIST_ALIASES, region, undefined, () => paginateListAliases({ client }, {})),
  ]);
  const keyIds = keys.pages
    .flatMap((page) => page.Keys ?? [])
    .map((key) => key.KeyId)
    .filter(present);
  await Promise.all(
    keyIds.map(async (KeyId) => {
      const described = await send(rec, DESCRIBE_KEY, region, KeyId, () =>
        client.send(new DescribeKeyCommand({ KeyId })),
      );
      const metadata = described.value?.KeyMetadata;
      await Promise.all([
        canRotate(metadata) &&
          send(rec, GET_KEY_ROTATION_STATUS, region, KeyId, () =>
            client.send(new GetKeyRotationStatusCommand({ KeyId })),
          ),
        metadata?.KeyManager === 'CUSTOMER' &&
          send(rec, GET_KEY_POLICY, region, KeyId, () =>
            client.send(new GetKeyPolicyCommand({ KeyId, PolicyName: 'default' })),
          ),
      ]);
    }),
  );
}
