import { ruleCases } from '../../support/rule-cases.js';

const distribution = (behavior: string) => `
Parameters:
  Config: { Type: String }
Resources:
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins: [{ Id: o, DomainName: example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only${behavior} }`;

ruleCases('cloudfront-field-level-encryption', {
  pass: [
    {
      name: 'a field-level encryption configuration',
      template: distribution(', FieldLevelEncryptionId: fle-1'),
    },
  ],
  fail: [{ name: 'none', template: distribution(''), message: 'no field-level encryption' }],
  unknown: [
    {
      name: 'id from a parameter without a value',
      template: distribution(', FieldLevelEncryptionId: !Ref Config'),
    },
  ],
});
