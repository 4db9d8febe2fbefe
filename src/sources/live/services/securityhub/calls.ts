import type { DescribeHubCommandOutput } from '@aws-sdk/client-securityhub';
import { serviceCalls } from '../../service.js';

const securityhub = serviceCalls('securityhub', '@aws-sdk/client-securityhub', 'securityhub');

export const DESCRIBE_HUB = securityhub.call<DescribeHubCommandOutput>('DescribeHub');
