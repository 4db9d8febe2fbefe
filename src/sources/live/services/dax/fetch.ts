import { DAXClient, DescribeClustersCommand } from '@aws-sdk/client-dax';
import { tokenPages, type FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { DESCRIBE_CLUSTERS } from './calls.js';

/** The API's largest page. */
const MAX_RESULTS = 100;

export async function fetchDax({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(DAXClient, region);
  await sendPages(rec, DESCRIBE_CLUSTERS, region, undefined, () =>
    tokenPages(
      (NextToken) => client.send(new DescribeClustersCommand({ MaxResults: MAX_RESULTS, NextToken })),
      (page) => page.NextToken,
    ),
  );
}
