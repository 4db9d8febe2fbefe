import {
  paginateListHostedZones,
  paginateListQueryLoggingConfigs,
  Route53Client,
} from '@aws-sdk/client-route-53';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { LIST_HOSTED_ZONES, LIST_QUERY_LOGGING_CONFIGS } from './calls.js';

/** Route 53 is global: read once, in the partition's global region. */
export async function fetchRoute53({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(Route53Client, region);
  await Promise.all([
    sendPages(rec, LIST_HOSTED_ZONES, region, undefined, () =>
      paginateListHostedZones({ client }, { MaxItems: 100 }),
    ),
    sendPages(rec, LIST_QUERY_LOGGING_CONFIGS, region, undefined, () =>
      paginateListQueryLoggingConfigs({ client }, { MaxResults: 100 }),
    ),
  ]);
}
