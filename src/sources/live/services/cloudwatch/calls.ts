import type { DescribeAlarmsCommandOutput } from '@aws-sdk/client-cloudwatch';
import { serviceCalls } from '../../service.js';

const cloudwatch = serviceCalls('cloudwatch', '@aws-sdk/client-cloudwatch', 'cloudwatch');

/** Metric alarms of the region (composite alarms watch other alarms, not metrics). */
export const DESCRIBE_ALARMS = cloudwatch.call<DescribeAlarmsCommandOutput>('DescribeAlarms', {
  params: () => ({ AlarmTypes: ['MetricAlarm'], MaxRecords: 100 }),
});
