// Mutation testing of the rules that carry the first catalogue's verdicts (issue 12): the
// 22 controls the false-PASS probe went through, and the shared readings in rules/lib they use.
// Each mutant runs against the rule case tables (vitest.stryker-rules.config.ts); the parity
// tests then re-judge the survivors:
//   nice -n 10 npx stryker run stryker.rules.config.mjs --incremental
//   npx tsx scripts/mutation-recheck.ts reports/mutation/rules.json --map rules
//   npx tsx scripts/mutation-score.ts reports/mutation/rules-rechecked.json --name rules --scope "..."
import { scopedRun } from './stryker.scoped.mjs';

const mutate = [
  'rules/encryption/storage-encrypted.ts',
  'rules/encryption/storage-encrypted-with-cmk.ts',
  'rules/encryption/kms-key-rotation.ts',
  'rules/tls/http-redirects-to-https.ts',
  'rules/tls/cloudfront-min-tls.ts',
  'rules/tls/tls-listener-tls13.ts',
  'rules/network/db-not-publicly-accessible.ts',
  'rules/network/db-subnets-private.ts',
  'rules/network/s3-public-access-blocked.ts',
  'rules/network/sg-no-public-admin-ports.ts',
  'rules/waf/waf-protects-public-endpoints.ts',
  'rules/logging/cloudtrail-log-validation.ts',
  'rules/logging/cloudtrail-encrypted-kms.ts',
  'rules/logging/config-recorder-enabled.ts',
  'rules/identity/root-mfa-enabled.ts',
  'rules/identity/root-no-access-keys.ts',
  'rules/identity/iam-password-policy.ts',
  'rules/identity/iam-users-mfa.ts',
  'rules/lib/encryption.ts',
  'rules/lib/public-access-block.ts',
  'rules/lib/security-group-exposure.ts',
  'rules/lib/subnet-routes.ts',
  'rules/lib/public-statements.ts',
];

export default scopedRun({
  name: 'rules',
  vitestConfig: 'vitest.stryker-rules.config.ts',
  mutate,
  tempDirName: '.stryker-tmp-rules',
});
