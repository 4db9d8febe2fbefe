/**
 * The tests Stryker runs against mutants of the normalizer code the issue names
 * (stryker.normalizers.config.mjs): the shape tests that feed each compliant and
 * non-compliant answer through the loopback fake, the template normalize tests, the
 * cross-source parity tests and the rule tests for those services. Golden verdicts
 * over examples, PDF/Chromium, the bench and CLI end-to-end tests are left out.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The base config's shared/isolated projects would override this include; mutant runs keep per-file isolation.
const { projects: _projects, ...baseTest } = base.test ?? {};

export default defineConfig({
  ...base,
  test: {
    ...baseTest,
    include: [
      'test/inventory/**/*.test.ts',
      'test/rules/parity/*.test.ts',
      'test/sources/live/{security-groups,s3-account-public-access,s3-public-access-shapes,cloudfront-shapes,cloudfront-normalize-shapes,cloudtrail-shapes,cloudfront-config-denial,config-recorder-shapes,config-recorder-normalize-shapes,ec2-security-group-shapes,s3-public-access-normalize-shapes,password-policy-shapes,password-policy-normalize-shapes,normalize}.test.ts',
      'test/sources/template/{normalize,network-shapes,edge-shapes,storage-shapes,trail-shapes}.test.ts',
      'test/rules/{false-pass-templates,network-templates,edge-and-trail-templates,account-controls}.test.ts',
      'test/rules/network/{sg-exposure,s3-account-public-access,ec2-live-cases}.test.ts',
      'test/rules/identity/account-settings.test.ts',
    ],
  },
});
