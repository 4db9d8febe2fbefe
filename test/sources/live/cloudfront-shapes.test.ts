/**
 * CloudFront viewer settings through the live pipeline (issue 12, found by
 * mutation testing): a cache behavior other than the default that allows plain
 * HTTP fails a distribution whose certificate and TLS policy are modern, and the
 * default certificate fails even with HTTPS-only behaviors. The sample's legacy
 * distribution has both problems at once, so neither was tested on its own.
 */
import type { CacheBehavior } from '@aws-sdk/client-cloudfront';
import { describe, expect, it } from 'vitest';
import { emptyAccount, type FakeDistribution } from '../../support/aws-server/index.js';
import { distribution } from '../../support/aws-server/builders.js';
import { scanFake } from './helpers.js';

const ACCOUNT = '111122223333';

function modern(id: string): FakeDistribution {
  return distribution(ACCOUNT, id, {
    comment: id,
    domainAliases: [`${id.toLowerCase()}.example`],
    certificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/${id}`,
    minimumProtocolVersion: 'TLSv1.2_2021',
    viewerProtocolPolicy: 'redirect-to-https',
    origin: 'origin.example',
  });
}

function withPlainHttpPath(base: FakeDistribution): FakeDistribution {
  const legacy: CacheBehavior = {
    PathPattern: '/legacy/*',
    TargetOriginId: 'primary',
    ViewerProtocolPolicy: 'allow-all',
  };
  return { ...base, summary: { ...base.summary, CacheBehaviors: { Quantity: 1, Items: [legacy] } } };
}

describe('CloudFront viewer settings, live', () => {
  it('judges each cache behavior and the certificate on their own', async () => {
    const defaultCertificate = distribution(ACCOUNT, 'EDEFAULTCERT001', {
      comment: 'default certificate, https only',
      viewerProtocolPolicy: 'https-only',
      origin: 'origin.example',
    });
    const account = emptyAccount({
      accountId: ACCOUNT,
      cloudfront: {
        distributions: [
          modern('EMODERN00000001'),
          withPlainHttpPath(modern('ELEGACYPATH0001')),
          defaultCertificate,
        ],
      },
    });
    const scan = await scanFake(account);
    const verdicts = Object.fromEntries(
      scan.findings
        .filter((finding) => finding.ruleId === 'cloudfront-min-tls')
        .map((finding) => [
          finding.resource.id.replace(/^.*\//, ''),
          `${finding.status}: ${finding.message}`,
        ]),
    );
    expect(verdicts).toEqual({
      EMODERN00000001: 'PASS: minimum protocol TLSv1.2_2021; viewer protocol policies redirect-to-https',
      ELEGACYPATH0001: 'FAIL: a cache behavior uses viewer protocol policy allow-all (plain HTTP)',
      EDEFAULTCERT001: 'FAIL: uses the default *.cloudfront.net certificate, which accepts TLSv1',
    });
  });
});
