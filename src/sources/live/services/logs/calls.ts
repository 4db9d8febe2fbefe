import type { DescribeLogGroupsCommandOutput } from '@aws-sdk/client-cloudwatch-logs';
import { serviceCalls } from '../../service.js';

const logs = serviceCalls('logs', '@aws-sdk/client-cloudwatch-logs', 'logs');

export const DESCRIBE_LOG_GROUPS = logs.call<DescribeLogGroupsCommandOutput>('DescribeLogGroups');
