/**
 * Template CloudFront distributions on the shapes CloudFormation accepts but the
 * examples lack (issue 12, found by mutation testing): an IAM certificate is the
 * distribution's own, a Logging bucket or a cache behavior list imported from
 * another stack is UNKNOWN (never "no logging" or "no other behaviors"), an empty
 * or null Logging bucket is no logging, and a missing or unreadable cache behavior
 * is UNKNOWN naming the property path.
 */
import { describe, expect, it } from 'vitest';
import { plain } from '../../support/plain.js';
import { inventoryFromTemplate } from '../../support/template.js';

/** Why a missing viewer protocol policy is UNKNOWN, quoted in its reason. */
const REQUIRED =
  'required on every cache behavior: CloudFront API CacheBehavior.ViewerProtocolPolicy, AWS::CloudFront::Distribution';
/** The Unknown of a value imported from a stack the scan does not hold, as read at `path`. */
const imported = (path: string, name: string) =>
  `UNKNOWN: ${path}: imported from another stack's export ${name} (Fn::ImportValue), which is not in the scanned templates`;

/** A distribution on the default certificate, HTTPS only, without logging: what each case changes. */
const BASE = {
  usesDefaultCertificate: true,
  minimumProtocolVersion: undefined,
  viewerProtocolPolicies: ['https-only'],
  accessLogging: false,
  fieldLevelEncryption: false,
};

describe('template CloudFront distributions, accepted shapes', async () => {
  const inventory = await inventoryFromTemplate(`
Resources:
  Compliant:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Logging: { Bucket: logs.s3.amazonaws.com }
        ViewerCertificate: { AcmCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/1', MinimumProtocolVersion: TLSv1.2_2021, SslSupportMethod: sni-only }
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: redirect-to-https }
  IamCertificate:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        ViewerCertificate: { IamCertificateId: ASCACERT1, MinimumProtocolVersion: TLSv1.2_2021, SslSupportMethod: sni-only }
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only }
  DefaultCertificate:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        ViewerCertificate: { CloudFrontDefaultCertificate: true }
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only }
  NoCertificate:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only }
  ImportedDefaultFlag:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        ViewerCertificate: { CloudFrontDefaultCertificate: !ImportValue default-flag }
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only }
  ImportedLogBucket:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Logging: { Bucket: !ImportValue log-bucket }
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only }
  NullLogBucket:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Logging: { Bucket: null }
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only }
  EmptyLogBucket:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Logging: { Bucket: '' }
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only }
  RealtimeLogs:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only, RealtimeLogConfigArn: 'arn:aws:cloudfront::111122223333:realtime-log-config/rt' }
  NoDefaultBehavior:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig: { Enabled: true }
  NullDefaultBehavior:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig: { DefaultCacheBehavior: null }
  ImportedDefaultBehavior:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig: { DefaultCacheBehavior: !ImportValue default-behavior }
  DefaultWithoutPolicy:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig: { DefaultCacheBehavior: { TargetOriginId: o } }
  PlainHttpPath:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only }
        CacheBehaviors: [{ PathPattern: /a/*, TargetOriginId: o, ViewerProtocolPolicy: redirect-to-https }, { PathPattern: /legacy/*, TargetOriginId: o, ViewerProtocolPolicy: allow-all }]
  ImportedBehaviors:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only }
        CacheBehaviors: !ImportValue behaviors
  ImportedBehavior:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only }
        CacheBehaviors: [{ PathPattern: /a/*, TargetOriginId: o, ViewerProtocolPolicy: https-only }, !ImportValue one-behavior]
  BehaviorWithoutPolicy:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only }
        CacheBehaviors: [{ PathPattern: /a/*, TargetOriginId: o }]
`);
  const distribution = (logicalId: string) => {
    const found = inventory.resources.find((resource) => resource.id === `template/${logicalId}`);
    if (found?.type !== 'cloudfront-distribution') throw new Error(`${logicalId} is not a distribution`);
    const { usesDefaultCertificate, minimumProtocolVersion, viewerProtocolPolicies, accessLogging } = found;
    return plain({
      usesDefaultCertificate,
      minimumProtocolVersion,
      viewerProtocolPolicies,
      accessLogging,
      fieldLevelEncryption: found.fieldLevelEncryption,
    });
  };

  it.each<[string, Record<string, unknown>]>([
    [
      'Compliant',
      {
        usesDefaultCertificate: false,
        minimumProtocolVersion: 'TLSv1.2_2021',
        viewerProtocolPolicies: ['redirect-to-https'],
        accessLogging: true,
      },
    ],
    ['IamCertificate', { usesDefaultCertificate: false, minimumProtocolVersion: 'TLSv1.2_2021' }],
    ['DefaultCertificate', {}],
    ['NoCertificate', {}],
    [
      'ImportedDefaultFlag',
      {
        usesDefaultCertificate: imported(
          'ImportedDefaultFlag.DistributionConfig.ViewerCertificate.CloudFrontDefaultCertificate',
          'default-flag',
        ),
      },
    ],
    [
      'ImportedLogBucket',
      { accessLogging: imported('ImportedLogBucket.DistributionConfig.Logging.Bucket', 'log-bucket') },
    ],
    ['NullLogBucket', {}],
    ['EmptyLogBucket', {}],
    ['RealtimeLogs', { accessLogging: true }],
    [
      'NoDefaultBehavior',
      {
        viewerProtocolPolicies: `UNKNOWN: NoDefaultBehavior.DistributionConfig.DefaultCacheBehavior is not set (${REQUIRED})`,
      },
    ],
    [
      'NullDefaultBehavior',
      {
        viewerProtocolPolicies: `UNKNOWN: NullDefaultBehavior.DistributionConfig.DefaultCacheBehavior is not set (${REQUIRED})`,
      },
    ],
    [
      'ImportedDefaultBehavior',
      {
        viewerProtocolPolicies: imported(
          'ImportedDefaultBehavior.DistributionConfig.DefaultCacheBehavior',
          'default-behavior',
        ),
        accessLogging: imported(
          'ImportedDefaultBehavior.DistributionConfig.DefaultCacheBehavior.RealtimeLogConfigArn',
          'default-behavior',
        ),
        fieldLevelEncryption: imported(
          'ImportedDefaultBehavior.DistributionConfig.DefaultCacheBehavior.FieldLevelEncryptionId',
          'default-behavior',
        ),
      },
    ],
    [
      'DefaultWithoutPolicy',
      {
        viewerProtocolPolicies: `UNKNOWN: DefaultWithoutPolicy.DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy is not set (${REQUIRED})`,
      },
    ],
    ['PlainHttpPath', { viewerProtocolPolicies: ['https-only', 'redirect-to-https', 'allow-all'] }],
    [
      'ImportedBehaviors',
      {
        viewerProtocolPolicies: imported('ImportedBehaviors.DistributionConfig.CacheBehaviors', 'behaviors'),
      },
    ],
    [
      'ImportedBehavior',
      {
        viewerProtocolPolicies: imported(
          'ImportedBehavior.DistributionConfig.CacheBehaviors.1',
          'one-behavior',
        ),
      },
    ],
    [
      'BehaviorWithoutPolicy',
      {
        viewerProtocolPolicies: `UNKNOWN: BehaviorWithoutPolicy.DistributionConfig.CacheBehaviors.0.ViewerProtocolPolicy is not set (${REQUIRED})`,
      },
    ],
  ])('%s', (logicalId, change) => {
    expect(distribution(logicalId)).toEqual({ ...BASE, ...change });
  });
});
