import type {
  GenerateCredentialReportCommandOutput,
  GetAccountPasswordPolicyCommandOutput,
  GetAccountAuthorizationDetailsCommandOutput,
  GetAccountSummaryCommandOutput,
  GetCredentialReportCommandOutput,
  ListAccessKeysCommandOutput,
  GetPolicyVersionCommandOutput,
  ListMFADevicesCommandOutput,
  ListPoliciesCommandOutput,
  ListVirtualMFADevicesCommandOutput,
  ListUsersCommandOutput,
} from '@aws-sdk/client-iam';
import { serviceCalls } from '../../service.js';

const iam = serviceCalls('iam', '@aws-sdk/client-iam', 'iam');

/**
 * Only asks IAM to (re)build the report that GetCredentialReport then reads;
 * it changes no setting or identity. Polled until complete, each poll recorded
 * with its attempt number.
 */
export const GENERATE_CREDENTIAL_REPORT = iam.call<GenerateCredentialReportCommandOutput, number>(
  'GenerateCredentialReport',
  { params: (attempt) => ({ attempt }), repeated: true },
);

export const GET_CREDENTIAL_REPORT = iam.call<GetCredentialReportCommandOutput>('GetCredentialReport', {
  after: [GENERATE_CREDENTIAL_REPORT],
});
export const GET_ACCOUNT_SUMMARY = iam.call<GetAccountSummaryCommandOutput>('GetAccountSummary');
export const GET_ACCOUNT_PASSWORD_POLICY =
  iam.call<GetAccountPasswordPolicyCommandOutput>('GetAccountPasswordPolicy');
export const LIST_USERS = iam.call<ListUsersCommandOutput>('ListUsers');

/** Per-user calls start once the user list and the account-wide answers are in. */
const ACCOUNT_READ = [LIST_USERS, GET_CREDENTIAL_REPORT, GET_ACCOUNT_SUMMARY, GET_ACCOUNT_PASSWORD_POLICY];

export const LIST_MFA_DEVICES = iam.call<ListMFADevicesCommandOutput, string>('ListMFADevices', {
  params: (UserName) => ({ UserName }),
  after: ACCOUNT_READ,
});

export const LIST_ACCESS_KEYS = iam.call<ListAccessKeysCommandOutput, string>('ListAccessKeys', {
  params: (UserName) => ({ UserName }),
  after: ACCOUNT_READ,
});

/**
 * Every user, group and role with its inline policies, attached policies and
 * group memberships, and every customer-managed policy with its documents: one
 * paginated account-level call instead of a fan-out per principal. AWS-managed
 * policies are left out (hundreds, mostly unattached); see below.
 */
export const AUTHORIZATION_DETAILS_FILTER = ['User', 'Group', 'Role', 'LocalManagedPolicy'];
export const GET_ACCOUNT_AUTHORIZATION_DETAILS = iam.call<GetAccountAuthorizationDetailsCommandOutput>(
  'GetAccountAuthorizationDetails',
  { params: () => ({ Filter: AUTHORIZATION_DETAILS_FILTER }) },
);

/** The AWS-managed policies attached to something in the account (AdministratorAccess ...). */
export const LIST_ATTACHED_AWS_POLICIES = iam.call<ListPoliciesCommandOutput>('ListPolicies', {
  params: () => ({ Scope: 'AWS', OnlyAttached: true }),
});

/** The default version's document of one attached AWS-managed policy. */
export const GET_POLICY_VERSION = iam.call<
  GetPolicyVersionCommandOutput,
  { PolicyArn: string; VersionId: string }
>('GetPolicyVersion', {
  params: (input) => ({ PolicyArn: input.PolicyArn, VersionId: input.VersionId }),
  after: [LIST_ATTACHED_AWS_POLICIES],
});

/** Assigned virtual MFA devices: the root user's MFA is hardware (or a security key) when none is root's. */
export const LIST_VIRTUAL_MFA_DEVICES = iam.call<ListVirtualMFADevicesCommandOutput>(
  'ListVirtualMFADevices',
  {
    params: () => ({ AssignmentStatus: 'Assigned' }),
  },
);
