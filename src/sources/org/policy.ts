/**
 * The two policies of an organization scan (`soc2 policy --for management`):
 * the caller in the management account (or a delegated administrator) only
 * lists the organization and assumes one role in each account; that member
 * role holds the read-only scan policy (`soc2 policy`, the same as a
 * single-account scan) and trusts the caller's account, with an external id.
 */
import type { PolicyDocument } from '../live/policy.js';
import { DEFAULT_ROLE_NAME } from './defaults.js';

/** What `listOrganization` sends, with the IAM action of each (the same names). */
export const ORGANIZATION_ACTIONS = [
  'organizations:DescribeOrganizationalUnit',
  'organizations:ListAccounts',
  'organizations:ListParents',
  'organizations:ListTagsForResource',
] as const;

/** What `--source config --aggregator NAME` sends to the aggregator (src/sources/config/aggregator.ts). */
export const AGGREGATOR_ACTIONS = [
  'config:BatchGetAggregateResourceConfig',
  'config:SelectAggregateResourceConfig',
] as const;

export function managementPolicy(roleName: string = DEFAULT_ROLE_NAME): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Soc2ListOrganization', Effect: 'Allow', Action: [...ORGANIZATION_ACTIONS], Resource: '*' },
      { Sid: 'Soc2ReadConfigAggregator', Effect: 'Allow', Action: [...AGGREGATOR_ACTIONS], Resource: '*' },
      {
        Sid: 'Soc2AssumeScanRole',
        Effect: 'Allow',
        Action: ['sts:AssumeRole'],
        Resource: `arn:aws:iam::*:role/${roleName}`,
      },
    ],
  };
}

export interface TrustPolicy {
  Version: '2012-10-17';
  Statement: {
    Sid: string;
    Effect: 'Allow';
    Principal: { AWS: string };
    Action: 'sts:AssumeRole';
    Condition?: { StringEquals: Record<string, string> };
  }[];
}

/** The member role's trust policy: the scanning account may assume it, with the external id when one is used. */
export function memberTrustPolicy(scanningAccount: string, externalId?: string): TrustPolicy {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Soc2ScannerFromManagement',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${scanningAccount}:root` },
        Action: 'sts:AssumeRole',
        ...(externalId === undefined
          ? {}
          : { Condition: { StringEquals: { 'sts:ExternalId': externalId } } }),
      },
    ],
  };
}
