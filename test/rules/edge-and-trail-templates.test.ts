import { ruleCases } from '../support/rule-cases.js';

const DISTRIBUTION = (config: string) => `
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins: [{ Id: o, DomainName: example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]${config}`;
const CERT = (version: string) => `
        Aliases: [www.example.com]
        ViewerCertificate:
          AcmCertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/abc
          SslSupportMethod: sni-only
          MinimumProtocolVersion: ${version}`;
const BEHAVIOR = (policy: string) => `
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: ${policy}, CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6 }`;

ruleCases('cloudfront-min-tls', {
  pass: [
    {
      name: 'TLSv1.2_2021',
      says: 'minimum protocol TLSv1.2_2021; viewer protocol policies redirect-to-https',
      evidence: {
        minimumProtocolVersion: 'TLSv1.2_2021',
        usesDefaultCertificate: false,
        viewerProtocolPolicies: ['redirect-to-https'],
      },
      template: `Resources:${DISTRIBUTION(CERT('TLSv1.2_2021') + BEHAVIOR('redirect-to-https'))}`,
    },
    {
      name: 'TLSv1.3_2025',
      says: 'minimum protocol TLSv1.3_2025; viewer protocol policies https-only',
      evidence: {
        minimumProtocolVersion: 'TLSv1.3_2025',
        usesDefaultCertificate: false,
        viewerProtocolPolicies: ['https-only'],
      },
      template: `Resources:${DISTRIBUTION(CERT('TLSv1.3_2025') + BEHAVIOR('https-only'))}`,
    },
  ],
  fail: [
    {
      name: 'TLSv1.1_2016',
      says: 'minimum protocol version TLSv1.1_2016 is older than TLSv1.2_2021',
      evidence: {
        minimumProtocolVersion: 'TLSv1.1_2016',
        usesDefaultCertificate: false,
        viewerProtocolPolicies: ['redirect-to-https'],
      },
      message: 'TLSv1.1_2016',
      template: `Resources:${DISTRIBUTION(CERT('TLSv1.1_2016') + BEHAVIOR('redirect-to-https'))}`,
    },
    {
      name: 'default certificate',
      says: 'uses the default *.cloudfront.net certificate, which accepts TLSv1',
      evidence: {
        minimumProtocolVersion: null,
        usesDefaultCertificate: true,
        viewerProtocolPolicies: ['redirect-to-https'],
      },
      message: 'default *.cloudfront.net certificate',
      template: `Resources:${DISTRIBUTION(`
        ViewerCertificate: { CloudFrontDefaultCertificate: true }${BEHAVIOR('redirect-to-https')}`)}`,
    },
    {
      name: 'allow-all viewer protocol policy',
      says: 'a cache behavior uses viewer protocol policy allow-all (plain HTTP)',
      evidence: {
        minimumProtocolVersion: 'TLSv1.2_2021',
        usesDefaultCertificate: false,
        viewerProtocolPolicies: ['allow-all'],
      },
      message: 'allow-all',
      template: `Resources:${DISTRIBUTION(CERT('TLSv1.2_2021') + BEHAVIOR('allow-all'))}`,
    },
  ],
  unknown: [
    {
      name: 'minimum version from a parameter without default',
      says: 'Cdn.DistributionConfig.ViewerCertificate.MinimumProtocolVersion: parameter MinTls has no value; pass --parameters MinTls=...',
      evidence: {
        minimumProtocolVersion: null,
        usesDefaultCertificate: false,
        viewerProtocolPolicies: ['https-only'],
      },
      template: `
Parameters:
  MinTls: { Type: String }
Resources:${DISTRIBUTION(CERT('!Ref MinTls') + BEHAVIOR('https-only'))}`,
    },
  ],
});

const ALB = `
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Type: application, Scheme: internet-facing, Subnets: [subnet-1, subnet-2] }`;
const ACL = `
  Acl:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: REGIONAL
      DefaultAction: { Allow: {} }
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: acl }
      Rules: []`;

ruleCases('waf-protects-public-endpoints', {
  pass: [
    {
      name: 'ALB associated with a web ACL',
      resource: 'Lb',
      says: 'internet-facing ALB is protected by web ACL template/Acl',
      evidence: { scheme: 'internet-facing', webAcls: ['template/Acl'] },
      template: `
Resources:${ALB}${ACL}
  Association:
    Type: AWS::WAFv2::WebACLAssociation
    Properties: { ResourceArn: !Ref Lb, WebACLArn: !GetAtt Acl.Arn }`,
    },
    {
      name: 'distribution with a web ACL ARN',
      says: 'distribution is protected by web ACL arn:aws:wafv2:us-east-1:111122223333:global/webacl/cf/1',
      evidence: { webAclId: 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/cf/1' },
      template: `Resources:${DISTRIBUTION(`${CERT('TLSv1.2_2021')}${BEHAVIOR('https-only')}
        WebACLId: arn:aws:wafv2:us-east-1:111122223333:global/webacl/cf/1`)}`,
    },
  ],
  fail: [
    {
      name: 'public ALB without a web ACL',
      says: 'internet-facing ALB has no WAFv2 web ACL',
      evidence: { scheme: 'internet-facing', webAcls: [] },
      template: `Resources:${ALB}`,
    },
    {
      name: 'distribution without a web ACL',
      says: 'distribution has no WAFv2 web ACL',
      evidence: { webAclId: null },
      template: `Resources:${DISTRIBUTION(CERT('TLSv1.2_2021') + BEHAVIOR('https-only'))}`,
    },
    {
      name: 'distribution with a retired WAF Classic web ACL id',
      says: 'web ACL 473e64fd-f30b-4765-81a0-62ad96dd167a is a WAF Classic ACL (retired), not WAFv2',
      evidence: { webAclId: '473e64fd-f30b-4765-81a0-62ad96dd167a' },
      template: `Resources:${DISTRIBUTION(`${CERT('TLSv1.2_2021')}${BEHAVIOR('https-only')}
        WebACLId: 473e64fd-f30b-4765-81a0-62ad96dd167a`)}`,
    },
  ],
  unknown: [
    {
      name: 'association target imported from another stack',
      resource: 'Lb',
      says: "web ACL association template/Association: Association.ResourceArn: imported from another stack's export shared-alb-arn (Fn::ImportValue), which is not in the scanned templates",
      evidence: { scheme: 'internet-facing' },
      template: `
Resources:${ALB}${ACL}
  Association:
    Type: AWS::WAFv2::WebACLAssociation
    Properties: { ResourceArn: !ImportValue shared-alb-arn, WebACLArn: !GetAtt Acl.Arn }`,
    },
  ],
  notApplicable: [
    {
      name: 'network load balancer',
      says: 'network load balancers cannot have a web ACL',
      evidence: { lbType: 'network' },
      template: `
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Type: network, Scheme: internet-facing, Subnets: [subnet-1] }`,
    },
    {
      name: 'internal ALB',
      says: 'internal load balancer',
      evidence: { scheme: 'internal' },
      template: `
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Type: application, Scheme: internal, Subnets: [subnet-1, subnet-2] }`,
    },
  ],
});

const TRAIL = (properties: string) => `
Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit-logs
      IsLogging: true${properties}`;

const MULTI = '\n      IsMultiRegionTrail: true';

/** A single-region data-events trail beside a second trail with these properties. */
const BESIDE = (properties: string) => `${TRAIL('')}
  Organization:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit-logs${properties}`;

ruleCases('cloudtrail-multi-region', {
  pass: [
    { name: 'multi-region, no event selectors (all management events)', template: TRAIL(MULTI) },
    {
      name: 'management events plus data events on a bucket only known after deployment',
      says: 'the trail records all regions and every management event, read and write',
      evidence: { isMultiRegion: true, managementEvents: 'all' },
      template: `
Parameters:
  DataBucketArn: { Type: String }${TRAIL(`${MULTI}
      EventSelectors:
        - ReadWriteType: All
          IncludeManagementEvents: true
          DataResources: [{ Type: 'AWS::S3::Object', Values: [!Sub '\${DataBucketArn}/'] }]`)}`,
    },
    {
      name: 'advanced selectors: read and write halves in two selectors',
      says: 'the trail records all regions and every management event, read and write',
      evidence: { isMultiRegion: true, managementEvents: 'all' },
      template: TRAIL(`${MULTI}
      AdvancedEventSelectors:
        - FieldSelectors: [{ Field: eventCategory, Equals: [Management] }, { Field: readOnly, Equals: ['true'] }]
        - FieldSelectors: [{ Field: eventCategory, Equals: [Management] }, { Field: readOnly, Equals: ['false'] }]`),
    },
  ],
  notApplicable: [
    {
      name: 'a single-region trail beside a logging multi-region trail that records all management events',
      says: 'the trail records only its home region, but trail template/Organization records all regions and every management event for the account',
      evidence: { isMultiRegion: false, coveredBy: 'template/Organization' },
      resource: 'Trail',
      message: 'but trail',
      template: BESIDE(`${MULTI}\n      IsLogging: true`),
    },
  ],
  fail: [
    { name: 'single region by default', message: 'records only', template: TRAIL('') },
    {
      name: 'beside a multi-region trail that records only read-only management events',
      says: 'the trail records only its home region',
      evidence: { isMultiRegion: false },
      resource: 'Trail',
      message: 'records only',
      template: BESIDE(
        `${MULTI}\n      IsLogging: true\n      EventSelectors: [{ ReadWriteType: ReadOnly }]`,
      ),
    },
    {
      name: 'beside a multi-region trail that is not logging',
      says: 'the trail records only its home region',
      evidence: { isMultiRegion: false },
      resource: 'Trail',
      message: 'records only',
      template: BESIDE(`${MULTI}\n      IsLogging: false`),
    },
    {
      name: 'management events excluded',
      says: 'the trail records all regions but no management events (API activity)',
      evidence: { isMultiRegion: true, managementEvents: 'none' },
      message: 'no management events',
      template: TRAIL(`${MULTI}
      EventSelectors:
        - IncludeManagementEvents: false
          DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::statements/'] }]`),
    },
    {
      name: 'read-only management events',
      says: 'the trail records all regions but only read-only management events',
      evidence: { isMultiRegion: true, managementEvents: 'read-only' },
      message: 'only read-only management events',
      template: TRAIL(`${MULTI}
      EventSelectors: [{ ReadWriteType: ReadOnly }]`),
    },
    {
      name: 'advanced selectors logging data events only',
      says: 'the trail records all regions but no management events (API activity)',
      evidence: { isMultiRegion: true, managementEvents: 'none' },
      message: 'no management events',
      template: TRAIL(`${MULTI}
      AdvancedEventSelectors:
        - FieldSelectors: [{ Field: eventCategory, Equals: [Data] }, { Field: resources.type, Equals: ['AWS::S3::Object'] }]`),
    },
  ],
  unknown: [
    {
      name: 'from a parameter without default',
      says: 'Trail.IsMultiRegionTrail: parameter MultiRegion has no value; pass --parameters MultiRegion=...',
      evidence: {},
      template: `
Parameters:
  MultiRegion: { Type: String }${TRAIL('\n      IsMultiRegionTrail: !Ref MultiRegion')}`,
    },
    {
      name: 'beside a trail whose IsMultiRegionTrail is a parameter without default',
      says: 'the trail records only its home region; whether another trail in the account covers every region is unknown: trail template/Organization: Organization.IsMultiRegionTrail: parameter MultiRegion has no value; pass --parameters MultiRegion=...',
      evidence: { isMultiRegion: false },
      resource: 'Trail',
      message: 'whether another trail',
      template: `
Parameters:
  MultiRegion: { Type: String }${BESIDE('\n      IsLogging: true\n      IsMultiRegionTrail: !Ref MultiRegion')}`,
    },
    {
      name: 'ReadWriteType from a parameter without default',
      says: 'Trail.EventSelectors: parameter TrailEvents has no value; pass --parameters TrailEvents=...',
      evidence: { isMultiRegion: true },
      template: `
Parameters:
  TrailEvents: { Type: String }${TRAIL(`${MULTI}
      EventSelectors: [{ ReadWriteType: !Ref TrailEvents }]`)}`,
    },
    {
      name: 'management events narrowed by an eventSource from a parameter without default',
      says: 'Trail.AdvancedEventSelectors: parameter SkippedSource has no value; pass --parameters SkippedSource=...',
      evidence: { isMultiRegion: true },
      message: 'SkippedSource',
      template: `
Parameters:
  SkippedSource: { Type: String }${TRAIL(`${MULTI}
      AdvancedEventSelectors:
        - FieldSelectors:
            - { Field: eventCategory, Equals: [Management] }
            - { Field: eventSource, NotEquals: [!Ref SkippedSource] }`)}`,
    },
    {
      name: 'excluded management event sources from a parameter without default',
      says: 'Trail.EventSelectors: parameter SkippedSources has no value; pass --parameters SkippedSources=...',
      evidence: { isMultiRegion: true },
      message: 'SkippedSources',
      template: `
Parameters:
  SkippedSources: { Type: CommaDelimitedList }${TRAIL(`${MULTI}
      EventSelectors: [{ ReadWriteType: All, ExcludeManagementEventSources: !Ref SkippedSources }]`)}`,
    },
  ],
});

ruleCases('cloudtrail-log-validation', {
  pass: [{ name: 'validation on', template: TRAIL('\n      EnableLogFileValidation: true') }],
  fail: [{ name: 'validation off by default', message: 'disabled', template: TRAIL('') }],
  unknown: [
    {
      name: 'Fn::If on a condition over an unset parameter',
      says: 'Trail.EnableLogFileValidation: condition IsProd is unknown: parameter Env has no value; pass --parameters Env=...',
      evidence: {},
      template: `
Parameters:
  Env: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Env, prod]${TRAIL('\n      EnableLogFileValidation: !If [IsProd, true, false]')}`,
    },
  ],
});

ruleCases('cloudtrail-encrypted-kms', {
  pass: [{ name: 'KMS key set', template: TRAIL('\n      KMSKeyId: alias/cloudtrail') }],
  fail: [{ name: 'SSE-S3 only', message: 'SSE-S3', template: TRAIL('') }],
  unknown: [
    {
      name: 'key from a parameter without default',
      says: 'Trail.KMSKeyId: parameter TrailKey has no value; pass --parameters TrailKey=...',
      evidence: {},
      template: `
Parameters:
  TrailKey: { Type: String }${TRAIL('\n      KMSKeyId: !Ref TrailKey')}`,
    },
  ],
});
