import { DescribeDomainsCommand, ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { present, type FetchContext } from '../../fetch/types.js';
import { send } from '../../service.js';
import { batchesOf, DESCRIBE_BATCH, DESCRIBE_DOMAINS, LIST_DOMAIN_NAMES } from './calls.js';

export async function fetchOpenSearch({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(OpenSearchClient, region);
  const listed = await send(rec, LIST_DOMAIN_NAMES, region, undefined, () =>
    client.send(new ListDomainNamesCommand({})),
  );
  const names = (listed.value?.DomainNames ?? []).map((domain) => domain.DomainName).filter(present);
  await Promise.all(
    batchesOf(names, DESCRIBE_BATCH).map((DomainNames) =>
      send(rec, DESCRIBE_DOMAINS, region, DomainNames, () =>
        client.send(new DescribeDomainsCommand({ DomainNames })),
      ),
    ),
  );
}
