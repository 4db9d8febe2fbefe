import type { DescribeDomainsCommandOutput, ListDomainNamesCommandOutput } from '@aws-sdk/client-opensearch';
import { serviceCalls } from '../../service.js';

const opensearch = serviceCalls('opensearch', '@aws-sdk/client-opensearch', 'es');

/** Every OpenSearch and Elasticsearch domain of the region, in one unpaginated answer. */
export const LIST_DOMAIN_NAMES = opensearch.call<ListDomainNamesCommandOutput>('ListDomainNames');

/** Up to five domains per call (the API's limit), recorded under the names asked for. */
export const DESCRIBE_DOMAINS = opensearch.call<DescribeDomainsCommandOutput, string[]>('DescribeDomains', {
  params: (DomainNames) => ({ DomainNames }),
  after: [LIST_DOMAIN_NAMES],
});

/** DescribeDomains takes at most five names. */
export const DESCRIBE_BATCH = 5;

export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
