import type { Rule } from '../../src/engine/rule.js';
import iamAccessKeysRotated from './iam-access-keys-rotated.js';
import iamPasswordPolicy from './iam-password-policy.js';
import iamUsersMfa from './iam-users-mfa.js';
import rootMfaEnabled from './root-mfa-enabled.js';
import rootNoAccessKeys from './root-no-access-keys.js';

export const identityRules: readonly Rule[] = [
  rootMfaEnabled,
  rootNoAccessKeys,
  iamPasswordPolicy,
  iamUsersMfa,
  iamAccessKeysRotated,
] as Rule[];
