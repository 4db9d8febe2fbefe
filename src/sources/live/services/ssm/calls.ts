import type {
  DescribeInstanceInformationCommandOutput,
  ListResourceComplianceSummariesCommandOutput,
} from '@aws-sdk/client-ssm';
import { serviceCalls } from '../../service.js';

const ssm = serviceCalls('ssm', '@aws-sdk/client-ssm', 'ssm');

/** Every instance the region's Systems Manager manages (online or not). */
export const DESCRIBE_INSTANCE_INFORMATION = ssm.call<DescribeInstanceInformationCommandOutput>(
  'DescribeInstanceInformation',
);

/** Patch and association compliance of every managed resource in one account-level listing, not one call per instance. */
export const LIST_RESOURCE_COMPLIANCE_SUMMARIES = ssm.call<ListResourceComplianceSummariesCommandOutput>(
  'ListResourceComplianceSummaries',
);
