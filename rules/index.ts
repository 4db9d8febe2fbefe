/**
 * The rule set. Adding a control: one file in this folder, one line here, one test.
 */
import type { Rule } from '../src/engine/rule.js';
import cloudfrontMinTls from './cloudfront-min-tls.js';
import cloudtrailEncryptedKms from './cloudtrail-encrypted-kms.js';
import cloudtrailLogValidation from './cloudtrail-log-validation.js';
import cloudtrailLogging from './cloudtrail-logging.js';
import cloudtrailMultiRegion from './cloudtrail-multi-region.js';
import configRecorderEnabled from './config-recorder-enabled.js';
import dbNotPubliclyAccessible from './db-not-publicly-accessible.js';
import dbSubnetsPrivate from './db-subnets-private.js';
import ebsEncryptionByDefault from './ebs-encryption-by-default.js';
import httpRedirectsToHttps from './http-redirects-to-https.js';
import iamAccessKeysRotated from './iam-access-keys-rotated.js';
import iamPasswordPolicy from './iam-password-policy.js';
import iamUsersMfa from './iam-users-mfa.js';
import kmsKeyRotation from './kms-key-rotation.js';
import rootMfaEnabled from './root-mfa-enabled.js';
import rootNoAccessKeys from './root-no-access-keys.js';
import s3PublicAccessBlocked from './s3-public-access-blocked.js';
import sgNoPublicAdminPorts from './sg-no-public-admin-ports.js';
import storageEncrypted from './storage-encrypted.js';
import storageEncryptedWithCmk from './storage-encrypted-with-cmk.js';
import tlsListenerTls13 from './tls-listener-tls13.js';
import wafProtectsPublicEndpoints from './waf-protects-public-endpoints.js';

export const allRules: readonly Rule[] = [
  // encryption at rest
  storageEncrypted,
  storageEncryptedWithCmk,
  kmsKeyRotation,
  ebsEncryptionByDefault,
  // encryption in transit
  tlsListenerTls13,
  httpRedirectsToHttps,
  cloudfrontMinTls,
  // network exposure
  dbNotPubliclyAccessible,
  dbSubnetsPrivate,
  wafProtectsPublicEndpoints,
  s3PublicAccessBlocked,
  sgNoPublicAdminPorts,
  // logging and monitoring
  cloudtrailMultiRegion,
  cloudtrailLogValidation,
  cloudtrailEncryptedKms,
  cloudtrailLogging,
  configRecorderEnabled,
  // identity
  rootMfaEnabled,
  rootNoAccessKeys,
  iamPasswordPolicy,
  iamUsersMfa,
  iamAccessKeysRotated,
] as Rule[];

/** Bumped whenever a rule's logic or metadata changes. */
export const RULES_VERSION = '2026.11.0';
