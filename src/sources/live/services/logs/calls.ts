import type {
  DescribeLogGroupsCommandOutput,
  DescribeMetricFiltersCommandOutput,
  DescribeResourcePoliciesCommandOutput,
} from '@aws-sdk/client-cloudwatch-logs';
import { serviceCalls } from '../../service.js';

const logs = serviceCalls('logs', '@aws-sdk/client-cloudwatch-logs', 'logs');

export const DESCRIBE_LOG_GROUPS = logs.call<DescribeLogGroupsCommandOutput>('DescribeLogGroups');

/** Every metric filter of the region in one listing, not one call per log group. */
export const DESCRIBE_METRIC_FILTERS = logs.call<DescribeMetricFiltersCommandOutput>('DescribeMetricFilters');

/** At most 10 resource policies per region (a CloudWatch Logs quota): one call with the largest page holds them all. */
export const DESCRIBE_RESOURCE_POLICIES = logs.call<DescribeResourcePoliciesCommandOutput>(
  'DescribeResourcePolicies',
  {
    params: () => ({ limit: 50 }),
  },
);
