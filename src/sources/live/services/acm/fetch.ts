import { ACMClient, paginateListCertificates, type KeyAlgorithm } from '@aws-sdk/client-acm';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { LIST_CERTIFICATES } from './calls.js';

/** Without a key-type filter ListCertificates returns RSA_2048 certificates only. */
const ALL_KEY_TYPES: KeyAlgorithm[] = [
  'RSA_1024',
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'EC_prime256v1',
  'EC_secp384r1',
  'EC_secp521r1',
];

export async function fetchAcm({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(ACMClient, region);
  await sendPages(rec, LIST_CERTIFICATES, region, undefined, () =>
    paginateListCertificates({ client, pageSize: 1000 }, { Includes: { keyTypes: ALL_KEY_TYPES } }),
  );
}
