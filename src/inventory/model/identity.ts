/** Identity: account-wide IAM settings and IAM users. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';
import type { IamPrincipalPolicies } from './iam.js';
import type { S3PublicAccessBlock } from './storage.js';

export interface PasswordPolicy {
  minimumLength?: number;
  requireSymbols?: boolean;
  requireNumbers?: boolean;
  requireUppercase?: boolean;
  requireLowercase?: boolean;
  maxAgeDays?: number;
  reusePrevention?: number;
}

/** Account-wide identity settings (live only). */
export interface AwsAccount extends ResourceBase<'aws-account'> {
  rootMfaEnabled: Maybe<boolean>;
  rootAccessKeysPresent: Maybe<boolean>;
  /** The root user's MFA is a virtual (authenticator app) device; absent: not read. */
  rootVirtualMfa?: Maybe<boolean>;
  /** undefined: the account has no password policy. */
  passwordPolicy: Maybe<PasswordPolicy | undefined>;
  /** S3 Block Public Access at the account level (none configured: all off); absent: not read. */
  s3PublicAccessBlock?: Maybe<S3PublicAccessBlock>;
  /** Latest use of the root password or access keys (credential report); null: none recorded; absent: not read. */
  rootLastUsedAt?: Maybe<string | null>;
  /** The AWS Organization the account belongs to; null: none; absent: not read. */
  organizationId?: Maybe<string | null>;
  /** The SECURITY alternate contact's email; null: none registered; absent: not read. */
  securityContactEmail?: Maybe<string | null>;
}

export interface AccessKey {
  id: string;
  active: boolean;
  createdAt?: string;
  lastUsedAt?: string;
}

export interface IamUser extends ResourceBase<'iam-user'>, IamPrincipalPolicies {
  hasConsolePassword: Maybe<boolean>;
  mfaActive: Maybe<boolean>;
  accessKeys: Maybe<AccessKey[]>;
  passwordLastUsedAt?: Maybe<string | undefined>;
  /** When the user was created (live). */
  createdAt?: string;
  /** Names (or template ids) of its groups; absent: not read. */
  groupNames?: Maybe<string[]>;
}
