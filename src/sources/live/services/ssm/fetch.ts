import {
  paginateDescribeInstanceInformation,
  paginateListResourceComplianceSummaries,
  SSMClient,
} from '@aws-sdk/client-ssm';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { DESCRIBE_INSTANCE_INFORMATION, LIST_RESOURCE_COMPLIANCE_SUMMARIES } from './calls.js';

export async function fetchSsm({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(SSMClient, region);
  await Promise.all([
    sendPages(rec, DESCRIBE_INSTANCE_INFORMATION, region, undefined, () =>
      paginateDescribeInstanceInformation({ client, pageSize: 50 }, {}),
    ),
    sendPages(rec, LIST_RESOURCE_COMPLIANCE_SUMMARIES, region, undefined, () =>
      paginateListResourceComplianceSummaries({ client, pageSize: 50 }, {}),
    ),
  ]);
}
