import type { DescribeOrganizationCommandOutput } from '@aws-sdk/client-organizations';
import { serviceCalls } from '../../service.js';

const organizations = serviceCalls('organizations', '@aws-sdk/client-organizations', 'organizations');

/** Any account of an organization may call it; AWSOrganizationsNotInUseException: the account is in none. */
export const DESCRIBE_ORGANIZATION =
  organizations.call<DescribeOrganizationCommandOutput>('DescribeOrganization');
