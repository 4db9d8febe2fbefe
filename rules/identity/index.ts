import type { Rule } from '../../src/engine/rule.js';
import iamAccessKeysRotated from './iam-access-keys-rotated.js';
import iamPasswordPolicy from './iam-password-policy.js';
import iamUsersMfa from './iam-users-mfa.js';
import rootMfaEnabled from './root-mfa-enabled.js';
import rootNoAccessKeys from './root-no-access-keys.js';
import iamNoAdminPolicy from './iam-no-admin-policy.js';
import iamNoFullCloudtrailAccess from './iam-no-full-cloudtrail-access.js';
import iamNoMarketplaceSubscribeWildcard from './iam-no-marketplace-subscribe-wildcard.js';
import iamInlineNoPrivilegeEscalation from './iam-inline-no-privilege-escalation.js';
import iamUsersNoDirectPolicies from './iam-users-no-direct-policies.js';
import iamNoInlinePolicies from './iam-no-inline-policies.js';
import iamUserInGroup from './iam-user-in-group.js';
import iamGroupNotEmpty from './iam-group-not-empty.js';
import iamCustomerPolicyAttached from './iam-customer-policy-attached.js';
import iamNoBedrockFullAccess from './iam-no-bedrock-full-access.js';
import secretRotationEnabled from './secret-rotation-enabled.js';
import secretRotatedAsScheduled from './secret-rotated-as-scheduled.js';
import codebuildNoPlaintextAwsCredentials from './codebuild-no-plaintext-aws-credentials.js';
import codebuildSourceNoUrlCredentials from './codebuild-source-no-url-credentials.js';
import accessAnalyzerEnabled from './access-analyzer-enabled.js';
import rootHardwareMfa from './root-hardware-mfa.js';
import iamUsersAllMfa from './iam-users-all-mfa.js';
import iamUnusedCredentials from './iam-unused-credentials.js';
import cloudwatchCrossAccountSharingDisabled from './cloudwatch-cross-account-sharing-disabled.js';
import dbIamAuthentication from './db-iam-authentication.js';
import emrKerberosEnabled from './emr-kerberos-enabled.js';
import rootNotRecentlyUsed from './root-not-recently-used.js';
import accountInOrganization from './account-in-organization.js';
import securityContactRegistered from './security-contact-registered.js';
import iamRoleTrustNotPublic from './iam-role-trust-not-public.js';
import kmsKeyEnclaveAttestationRequired from './kms-key-enclave-attestation-required.js';

export const identityRules: readonly Rule[] = [
  rootMfaEnabled,
  rootNoAccessKeys,
  iamPasswordPolicy,
  iamUsersMfa,
  iamAccessKeysRotated,
  iamNoAdminPolicy,
  iamNoFullCloudtrailAccess,
  iamNoMarketplaceSubscribeWildcard,
  iamInlineNoPrivilegeEscalation,
  iamUsersNoDirectPolicies,
  iamNoInlinePolicies,
  iamUserInGroup,
  iamGroupNotEmpty,
  iamCustomerPolicyAttached,
  iamNoBedrockFullAccess,
  secretRotationEnabled,
  secretRotatedAsScheduled,
  codebuildNoPlaintextAwsCredentials,
  codebuildSourceNoUrlCredentials,
  accessAnalyzerEnabled,
  rootHardwareMfa,
  iamUsersAllMfa,
  iamUnusedCredentials,
  cloudwatchCrossAccountSharingDisabled,
  dbIamAuthentication,
  rootNotRecentlyUsed,
  accountInOrganization,
  securityContactRegistered,
  emrKerberosEnabled,
  iamRoleTrustNotPublic,
  kmsKeyEnclaveAttestationRequired,
] as Rule[];
