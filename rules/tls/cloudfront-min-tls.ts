import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown, type Unknown } from '../../src/inventory/maybe.js';

/**
 * CloudFront security policies named TLSv1.2_2021 or later, or any TLSv1.3_*.
 * Older ones (TLSv1, TLSv1_2016, TLSv1.1_2016, TLSv1.2_2018, TLSv1.2_2019) allow
 * TLS 1.0/1.1 or CBC/SHA-1 ciphers. Compare the version, not a `TLSv1.2` prefix:
 * TLSv1.3_2025 is stricter than every TLSv1.2_* policy.
 */
export function isModernViewerPolicy(version: string): boolean {
  if (/^TLSv1\.3_\d{4}$/.test(version)) return true;
  const tls12 = /^TLSv1\.2_(\d{4})$/.exec(version);
  return tls12 !== null && Number(tls12[1]) >= 2021;
}

export default defineRule({
  id: 'cloudfront-min-tls',
  title: 'CloudFront requires TLS 1.2 (2021 policy) or newer and never serves plain HTTP',
  severity: 'high',
  criteria: ['CC6.7'],
  family: 'tls',
  appliesTo: ['cloudfront-distribution'],
  rationale:
    'Viewers reach a distribution over the internet. The default *.cloudfront.net certificate and older security ' +
    'policies accept TLS 1.0/1.1 and weak ciphers, and the allow-all viewer protocol policy serves content over plain HTTP.',
  remediation: {
    summary:
      'Use a custom (ACM) certificate with MinimumProtocolVersion TLSv1.2_2021 or newer (TLSv1.2_2025, TLSv1.3_2025), ' +
      'and set every cache behavior to redirect-to-https or https-only.',
    cloudformation:
      'DistributionConfig: { ViewerCertificate: { AcmCertificateArn: <arn>, SslSupportMethod: sni-only, ' +
      'MinimumProtocolVersion: TLSv1.2_2021 }, DefaultCacheBehavior: { ViewerProtocolPolicy: redirect-to-https } }',
    cdk: 'new cloudfront.Distribution(this, "D", { certificate, domainNames, minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021, defaultBehavior: { origin, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS } })',
    cli: 'aws cloudfront get-distribution-config --id <id> > d.json; edit ViewerCertificate.MinimumProtocolVersion; aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://d.json',
  },
  equivalents: {
    checkov: ['CKV_AWS_174', 'CKV_AWS_34'],
    cfnNag: ['W70'],
    guard: ['CLOUDFRONT_SECURITY_POLICY_CHECK', 'CLOUDFRONT_VIEWER_POLICY_HTTPS'],
    cdkNag: ['AwsSolutions-CFR4'],
    // Not cloudfront_distributions_using_deprecated_ssl_protocols: despite its name it checks the origins' OriginSslProtocols.
    prowler: ['cloudfront_distributions_https_enabled'],
    steampipe: [
      'cloudfront_distribution_encryption_in_transit_enabled',
      'cloudfront_distribution_latest_tls_version',
    ],
    fsbp: ['CloudFront.3'],
  },
  evaluate(distribution) {
    const problems: string[] = [];
    const unknowns: Unknown[] = [];
    const { viewerProtocolPolicies, usesDefaultCertificate, minimumProtocolVersion } = distribution;

    if (isUnknown(viewerProtocolPolicies)) unknowns.push(viewerProtocolPolicies);
    else if (viewerProtocolPolicies.includes('allow-all')) {
      problems.push('a cache behavior uses viewer protocol policy allow-all (plain HTTP)');
    }

    if (isUnknown(usesDefaultCertificate)) unknowns.push(usesDefaultCertificate);
    else if (usesDefaultCertificate) {
      problems.push('uses the default *.cloudfront.net certificate, which accepts TLSv1');
    }
    if (usesDefaultCertificate !== true) {
      if (isUnknown(minimumProtocolVersion)) unknowns.push(minimumProtocolVersion);
      else if (minimumProtocolVersion === undefined) {
        problems.push('sets no MinimumProtocolVersion, so CloudFront accepts TLSv1');
      } else if (!isModernViewerPolicy(minimumProtocolVersion)) {
        problems.push(`minimum protocol version ${minimumProtocolVersion} is older than TLSv1.2_2021`);
      }
    }

    const evidence = {
      minimumProtocolVersion: isUnknown(minimumProtocolVersion) ? null : (minimumProtocolVersion ?? null),
      usesDefaultCertificate: isUnknown(usesDefaultCertificate) ? null : usesDefaultCertificate,
      viewerProtocolPolicies: isUnknown(viewerProtocolPolicies) ? null : viewerProtocolPolicies,
    };
    if (problems.length > 0) return fail(problems.join('; '), evidence);
    if (unknowns.length > 0) return undetermined(unknowns.map((u) => u.reason).join('; '), evidence);
    return pass(
      `minimum protocol ${String(minimumProtocolVersion)}; viewer protocol policies ${(viewerProtocolPolicies as string[]).join(', ')}`,
      evidence,
    );
  },
});
