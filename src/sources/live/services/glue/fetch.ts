import { GlueClient, paginateGetJobs, paginateGetSecurityConfigurations } from '@aws-sdk/client-glue';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { GET_JOBS, GET_SECURITY_CONFIGURATIONS } from './calls.js';

export async function fetchGlue({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(GlueClient, region);
  await Promise.all([
    sendPages(rec, GET_JOBS, region, undefined, () => paginateGetJobs({ client, pageSize: 1000 }, {})),
    sendPages(rec, GET_SECURITY_CONFIGURATIONS, region, undefined, () =>
      paginateGetSecurityConfigurations({ client, pageSize: 1000 }, {}),
    ),
  ]);
}
