import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  paginateListAliases,
  paginateListKeys,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import { present, type Fetcher } from '../../fetch/types.js';

/** Only customer-managed symmetric keys with AWS key material can rotate automatically. */
function canRotate(metadata: KeyMetadata | undefined): boolean {
  if (!metadata) return false;
  return (
    metadata.KeyManager === 'CUSTOMER' &&
    metadata.KeySpec === 'SYMMETRIC_DEFAULT' &&
    metadata.Origin === 'AWS_KMS'
  );
}

export const kmsFetcher: Fetcher = {
  service: 'kms',
  scope: 'regional',
  async fetch({ rec, clients }, region) {
    const client = clients.get(KMSClient, region);
    const [keys] = await Promise.all([
      rec.paginate('kms', 'ListKeys', region, undefined, () => paginateListKeys({ client }, {})),
      rec.paginate('kms', 'ListAliases', region, undefined, () => paginateListAliases({ client }, {})),
    ]);
    const keyIds = keys.pages
      .flatMap((page) => page.Keys ?? [])
      .map((key) => key.KeyId)
      .filter(present);
    await Promise.all(
      keyIds.map(async (KeyId) => {
        const described = await rec.call('kms', 'DescribeKey', region, { KeyId }, () =>
          client.send(new DescribeKeyCommand({ KeyId })),
        );
        if (!canRotate(described.value?.KeyMetadata)) return;
        await rec.call('kms', 'GetKeyRotationStatus', region, { KeyId }, () =>
          client.send(new GetKeyRotationStatusCommand({ KeyId })),
        );
      }),
    );
  },
};
