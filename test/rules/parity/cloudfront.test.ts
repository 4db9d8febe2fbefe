import type { DistributionConfig } from '@aws-sdk/client-cloudfront';
import { parityCases } from '../../support/parity.js';
import type { FakeAccount } from '../../support/aws-server/index.js';

const ARN = (id: string) => `arn:aws:cloudfront::111122223333:distribution/${id}`;

/** A distribution as ListDistributions and GetDistributionConfig return it. */
function addDistribution(
  account: FakeAccount,
  id: string,
  options: { logging?: boolean; fieldLevelEncryptionId?: string } = {},
): void {
  const behavior = {
    TargetOriginId: 'o',
    ViewerProtocolPolicy: 'https-only' as const,
    FieldLevelEncryptionId: options.fieldLevelEncryptionId ?? '',
  };
  const origins = { Quantity: 1, Items: [{ Id: 'o', DomainName: 'example.com' }] };
  const config: DistributionConfig = {
    CallerReference: id,
    Comment: '',
    Enabled: true,
    Origins: origins,
    DefaultCacheBehavior: behavior,
    Logging: {
      Enabled: options.logging ?? false,
      IncludeCookies: false,
      Bucket: options.logging ? 'logs.s3.amazonaws.com' : '',
      Prefix: '',
    },
  };
  (account.cloudfront ??= { distributions: [] }).distributions.push({
    summary: {
      Id: id,
      ARN: ARN(id),
      Status: 'Deployed',
      LastModifiedTime: new Date('2026-01-01T00:00:00Z'),
      DomainName: `${id}.cloudfront.net`,
      Aliases: { Quantity: 0 },
      Origins: origins,
      DefaultCacheBehavior: behavior,
      CacheBehaviors: { Quantity: 0 },
      CustomErrorResponses: { Quantity: 0 },
      Comment: '',
      PriceClass: 'PriceClass_All',
      Enabled: true,
      ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1' },
      Restrictions: { GeoRestriction: { RestrictionType: 'none', Quantity: 0 } },
      WebACLId: '',
      HttpVersion: 'http2',
      IsIPV6Enabled: true,
      Staging: false,
    },
    config,
  });
}

const template = (
  logicalId: string,
  config: Record<string, unknown>,
  behavior: Record<string, unknown> = {},
) => ({
  logicalId,
  resources: {
    [logicalId]: {
      Type: 'AWS::CloudFront::Distribution',
      Properties: {
        DistributionConfig: {
          Enabled: true,
          Origins: [{ Id: 'o', DomainName: 'example.com' }],
          DefaultCacheBehavior: { TargetOriginId: 'o', ViewerProtocolPolicy: 'https-only', ...behavior },
          ...config,
        },
      },
    },
  },
});

parityCases('cloudfront-access-logging', [
  {
    name: 'not logged',
    status: 'FAIL',
    template: template('Unlogged', {}),
    live: { id: ARN('EUNLOGGED'), add: (account) => addDistribution(account, 'EUNLOGGED') },
  },
  {
    name: 'logged to S3',
    status: 'PASS',
    template: template('Logged', { Logging: { Bucket: 'logs.s3.amazonaws.com' } }),
    live: { id: ARN('ELOGGED'), add: (account) => addDistribution(account, 'ELOGGED', { logging: true }) },
  },
]);

parityCases('cloudfront-field-level-encryption', [
  {
    name: 'no configuration',
    status: 'FAIL',
    template: template('Plain', {}),
    live: { id: ARN('EPLAIN'), add: (account) => addDistribution(account, 'EPLAIN') },
  },
  {
    name: 'a configuration on the default behavior',
    status: 'PASS',
    template: template('Sealed', {}, { FieldLevelEncryptionId: 'fle-1' }),
    live: {
      id: ARN('ESEALED'),
      add: (account) => addDistribution(account, 'ESEALED', { fieldLevelEncryptionId: 'fle-1' }),
    },
  },
]);
