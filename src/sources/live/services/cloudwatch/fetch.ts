import { CloudWatchClient, paginateDescribeAlarms } from '@aws-sdk/client-cloudwatch';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { DESCRIBE_ALARMS } from './calls.js';

export async function fetchCloudWatch({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(CloudWatchClient, region);
  await sendPages(rec, DESCRIBE_ALARMS, region, undefined, () =>
    paginateDescribeAlarms({ client }, { AlarmTypes: ['MetricAlarm'], MaxRecords: 100 }),
  );
}
