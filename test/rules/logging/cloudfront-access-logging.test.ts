import { ruleCases } from '../../support/rule-cases.js';

const distribution = (config: string) => `
Parameters:
  Bucket: { Type: String }
Resources:
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins: [{ Id: o, DomainName: example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only }${config}`;

ruleCases('cloudfront-access-logging', {
  pass: [
    {
      name: 'standard logging to a bucket',
      template: distribution('\n        Logging: { Bucket: logs.s3.amazonaws.com }'),
    },
  ],
  fail: [{ name: 'no Logging', template: distribution(''), message: 'no access logging' }],
  unknown: [
    {
      name: 'bucket from a parameter without a value',
      template: distribution('\n        Logging: { Bucket: !Ref Bucket }'),
    },
  ],
});
