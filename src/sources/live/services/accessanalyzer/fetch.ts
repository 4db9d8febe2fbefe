import { AccessAnalyzerClient, paginateListAnalyzers } from '@aws-sdk/client-accessanalyzer';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { LIST_ANALYZERS } from './calls.js';

export async function fetchAccessAnalyzer({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(AccessAnalyzerClient, region);
  await sendPages(rec, LIST_ANALYZERS, region, undefined, () =>
    paginateListAnalyzers({ client, pageSize: 1000 }, {}),
  );
}
