/**
 * The CloudFront normalizer on partial and malformed recorded answers (issue 12,
 * found by mutation testing): a missing viewer certificate, Logging block,
 * default or ordered cache behavior list is UNKNOWN naming the distribution and
 * the field, never a default; a page or entry AWS did not fill in is skipped, not
 * a crash; an empty WebACLId is no web ACL.
 */
import { describe, expect, it } from 'vitest';
import {
  GET_DISTRIBUTION_CONFIG,
  LIST_DISTRIBUTIONS,
} from '../../../src/sources/live/services/cloudfront/calls.js';
import { normalizeCloudFront } from '../../../src/sources/live/services/cloudfront/normalize.js';
import {
  ACCOUNT,
  DENIED,
  NOT_FOUND,
  outputOf,
  plain,
  recorded,
  type RecordedAnswer,
} from './recorded-output.js';

const ID = 'E1ABCDEF000001';
const ARN = `arn:aws:cloudfront::${ACCOUNT}:distribution/${ID}`;
const REQUIRED =
  'required on every cache behavior: CloudFront API CacheBehavior.ViewerProtocolPolicy, AWS::CloudFront::Distribution';

/** A ListDistributions summary as AWS returns it for a compliant distribution. */
const SUMMARY: Record<string, unknown> = {
  Id: ID,
  ARN,
  DomainName: 'd111111abcdef8.cloudfront.net',
  Status: 'Deployed',
  ViewerCertificate: {
    CloudFrontDefaultCertificate: false,
    ACMCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/1`,
    SSLSupportMethod: 'sni-only',
    MinimumProtocolVersion: 'TLSv1.2_2021',
  },
  DefaultCacheBehavior: { TargetOriginId: 'primary', ViewerProtocolPolicy: 'redirect-to-https' },
  CacheBehaviors: { Quantity: 0 },
  WebACLId: '',
};

const LOGGING_ON: RecordedAnswer = {
  responses: [
    { ETag: 'E1', DistributionConfig: { Logging: { Enabled: true, Bucket: 'logs.s3.amazonaws.com' } } },
  ],
};

/** What the normalizer makes of the compliant summary. */
const EXPECTED: Record<string, unknown> = {
  type: 'cloudfront-distribution',
  id: ARN,
  arn: ARN,
  name: 'd111111abcdef8.cloudfront.net',
  region: 'global',
  origin: { kind: 'live', account: ACCOUNT, region: 'us-east-1' },
  usesDefaultCertificate: false,
  minimumProtocolVersion: 'TLSv1.2_2021',
  viewerProtocolPolicies: ['redirect-to-https'],
  webAclId: undefined,
  accessLogging: true,
  fieldLevelEncryption: false,
};

function normalized(summary: Record<string, unknown>, config: RecordedAnswer = LOGGING_ON) {
  const out = outputOf([
    recorded(LIST_DISTRIBUTIONS, undefined, {
      responses: [{ DistributionList: { Quantity: 1, Items: [summary] } }],
    }),
    recorded(GET_DISTRIBUTION_CONFIG, ID, config),
  ]);
  normalizeCloudFront(out);
  expect(out.resources).toHaveLength(1);
  return plain(out.resources[0]);
}

describe('CloudFront normalizer, recorded shapes', () => {
  it.each<[string, Record<string, unknown>, RecordedAnswer | undefined, Record<string, unknown>]>([
    ['a compliant distribution', {}, undefined, {}],
    ['no DomainName: named by its id', { DomainName: undefined }, undefined, { name: ID }],
    ['no ARN: identified by its id', { ARN: undefined }, undefined, { id: ID, arn: undefined }],
    [
      'a web ACL is kept',
      { WebACLId: 'arn:aws:wafv2:acl/1' },
      undefined,
      { webAclId: 'arn:aws:wafv2:acl/1' },
    ],
    [
      'no ViewerCertificate: certificate and TLS policy UNKNOWN',
      { ViewerCertificate: undefined },
      undefined,
      {
        usesDefaultCertificate: `UNKNOWN: distribution ${ID}: no viewer certificate returned`,
        minimumProtocolVersion: `UNKNOWN: distribution ${ID}: no viewer certificate returned`,
      },
    ],
    [
      'the default certificate: its TLS policy is not the distribution own',
      { ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1' } },
      undefined,
      { usesDefaultCertificate: true, minimumProtocolVersion: undefined },
    ],
    [
      'an own certificate without MinimumProtocolVersion: none, for the rule to judge',
      { ViewerCertificate: { CloudFrontDefaultCertificate: false, ACMCertificateArn: 'arn:aws:acm:c' } },
      undefined,
      { usesDefaultCertificate: false, minimumProtocolVersion: undefined },
    ],
    [
      'no Logging block in the configuration: logging UNKNOWN',
      {},
      { responses: [{ ETag: 'E1', DistributionConfig: { Enabled: true } }] },
      { accessLogging: `UNKNOWN: distribution ${ID}: Logging.Enabled was not returned` },
    ],
    [
      'no DistributionConfig in the answer: logging UNKNOWN',
      {},
      { responses: [{ ETag: 'E1' }] },
      { accessLogging: `UNKNOWN: distribution ${ID}: Logging.Enabled was not returned` },
    ],
    [
      'logging off',
      {},
      { responses: [{ DistributionConfig: { Logging: { Enabled: false, Bucket: '' } } }] },
      { accessLogging: false },
    ],
    [
      'logging off but real-time logs on',
      { DefaultCacheBehavior: { ViewerProtocolPolicy: 'https-only', RealtimeLogConfigArn: 'arn:rt' } },
      { responses: [{ DistributionConfig: { Logging: { Enabled: false } } }] },
      { accessLogging: true, viewerProtocolPolicies: ['https-only'] },
    ],
    [
      'configuration not found',
      {},
      { error: NOT_FOUND },
      { accessLogging: `UNKNOWN: distribution ${ID}: configuration not found` },
    ],
    [
      'configuration denied',
      {},
      { error: DENIED },
      {
        accessLogging:
          'UNKNOWN: cloudfront:GetDistributionConfig failed in us-east-1: AccessDenied: not authorized',
      },
    ],
    [
      'no DefaultCacheBehavior: viewer policies and field-level encryption UNKNOWN',
      { DefaultCacheBehavior: undefined },
      undefined,
      {
        viewerProtocolPolicies: `UNKNOWN: distribution ${ID}: DefaultCacheBehavior was not returned (${REQUIRED})`,
        fieldLevelEncryption: `UNKNOWN: distribution ${ID}: DefaultCacheBehavior was not returned`,
      },
    ],
    [
      'field-level encryption on the default behavior',
      { DefaultCacheBehavior: { ViewerProtocolPolicy: 'https-only', FieldLevelEncryptionId: 'fle-1' } },
      undefined,
      { viewerProtocolPolicies: ['https-only'], fieldLevelEncryption: true },
    ],
    [
      'no CacheBehaviors: the ordered behaviors were not read',
      { CacheBehaviors: undefined },
      undefined,
      { viewerProtocolPolicies: `UNKNOWN: distribution ${ID}: CacheBehaviors.Items was not returned` },
    ],
    [
      'CacheBehaviors with Quantity 2 and no Items: not read, not "none"',
      { CacheBehaviors: { Quantity: 2 } },
      undefined,
      { viewerProtocolPolicies: `UNKNOWN: distribution ${ID}: CacheBehaviors.Items was not returned` },
    ],
    [
      'an ordered behavior allowing plain HTTP is listed',
      {
        CacheBehaviors: {
          Quantity: 1,
          Items: [{ PathPattern: '/legacy/*', ViewerProtocolPolicy: 'allow-all' }],
        },
      },
      undefined,
      { viewerProtocolPolicies: ['redirect-to-https', 'allow-all'] },
    ],
    [
      'an ordered behavior without ViewerProtocolPolicy: UNKNOWN naming it',
      { CacheBehaviors: { Quantity: 1, Items: [{ PathPattern: '/legacy/*' }] } },
      undefined,
      {
        viewerProtocolPolicies: `UNKNOWN: distribution ${ID}: CacheBehaviors.Items.0.ViewerProtocolPolicy was not returned (${REQUIRED})`,
      },
    ],
  ])('%s', (_name, change, config, expected) => {
    expect(normalized({ ...SUMMARY, ...change }, config)).toEqual({ ...EXPECTED, ...expected });
  });

  it.each<[string, unknown[], string[]]>([
    ['a page without DistributionList', [{}, { DistributionList: { Quantity: 1, Items: [SUMMARY] } }], [ARN]],
    ['a page without Items (no distributions)', [{ DistributionList: { Quantity: 0 } }], []],
    [
      'an entry without Id is skipped, the others kept',
      [{ DistributionList: { Quantity: 2, Items: [{ ...SUMMARY, Id: undefined, ARN: 'arn:x' }, SUMMARY] } }],
      [ARN],
    ],
  ])('%s', (_name, pages, ids) => {
    const out = outputOf([
      recorded(LIST_DISTRIBUTIONS, undefined, { responses: pages }),
      recorded(GET_DISTRIBUTION_CONFIG, ID, LOGGING_ON),
    ]);
    normalizeCloudFront(out);
    expect(out.resources.map((resource) => resource.id)).toEqual(ids);
    expect(out.gaps).toEqual([]);
  });

  it('a denied ListDistributions is an account-wide gap (CloudFront is global), not a regional one', () => {
    const out = outputOf([recorded(LIST_DISTRIBUTIONS, undefined, { error: DENIED })]);
    normalizeCloudFront(out);
    expect(out.resources).toEqual([]);
    expect(out.gaps).toEqual([
      {
        resourceType: 'cloudfront-distribution',
        account: ACCOUNT,
        action: 'cloudfront:ListDistributions',
        reason: 'cloudfront:ListDistributions failed in us-east-1: AccessDenied: not authorized',
      },
    ]);
  });
});
