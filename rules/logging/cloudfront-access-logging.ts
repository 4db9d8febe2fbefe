import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'cloudfront-access-logging',
  title: 'CloudFront distributions log viewer requests',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['cloudfront-distribution'],
  rationale:
    'CloudFront answers most requests from its edge caches without the origin seeing them; its access logs are the ' +
    'only record of who requested what (client address, path, status, TLS version), which investigating abuse or a leak needs.',
  remediation: {
    summary:
      'Turn on standard logging to an S3 bucket (or attach a real-time log configuration to the default behavior).',
    cloudformation:
      'AWS::CloudFront::Distribution: `DistributionConfig.Logging: { Bucket: <bucket>.s3.amazonaws.com, Prefix: cf/ }`',
    cdk: 'new cloudfront.Distribution(this, "D", { enableLogging: true, logBucket, ... })',
    cli: 'aws cloudfront get-distribution-config --id <id> > d.json; set Logging.Enabled and Logging.Bucket; aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://d.json',
  },
  equivalents: {
    checkov: ['CKV_AWS_86'],
    cfnNag: ['W10'],
    cdkNag: ['AwsSolutions-CFR3'],
    prowler: ['cloudfront_distributions_logging_enabled'],
    steampipe: ['cloudfront_distribution_logging_enabled'],
    fsbp: ['CloudFront.5'],
  },
  evaluate(distribution) {
    if (isUnknown(distribution.accessLogging)) return undetermined(distribution.accessLogging);
    const evidence = { accessLogging: distribution.accessLogging };
    return distribution.accessLogging
      ? pass('viewer requests are logged', evidence)
      : fail('no access logging: neither standard logging nor a real-time log configuration', evidence);
  },
});
