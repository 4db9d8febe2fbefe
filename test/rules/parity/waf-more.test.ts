/**
 * WAFv2 in front of public endpoints: an internet-facing ALB with and without a web ACL
 * association, an internal ALB, and CloudFront distributions with and without a web ACL give the
 * same verdict from a template and from the loopback AWS.
 */
import type { DistributionConfig } from '@aws-sdk/client-cloudfront';
import { webAcl } from '../../support/aws-server/builders.js';
import type { FakeAccount, FakeRegion } from '../../support/aws-server/index.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const RULE = 'waf-protects-public-endpoints';
const region = (account: FakeAccount): FakeRegion => (account.regions[PARITY_REGION] ??= {});
const LB_ARN = (name: string) =>
  `arn:aws:elasticloadbalancing:${PARITY_REGION}:${PARITY_ACCOUNT}:loadbalancer/app/${name}/0123456789abcdef`;

function addLoadBalancer(account: FakeAccount, name: string, scheme: 'internet-facing' | 'internal'): void {
  ((region(account).elbv2 ??= {}).loadBalancers ??= []).push({
    LoadBalancerArn: LB_ARN(name),
    LoadBalancerName: name,
    Type: 'application',
    Scheme: scheme,
    DNSName: `${name}.${PARITY_REGION}.elb.amazonaws.com`,
    AvailabilityZones: [
      { ZoneName: `${PARITY_REGION}a`, SubnetId: 'subnet-1' },
      { ZoneName: `${PARITY_REGION}b`, SubnetId: 'subnet-2' },
    ],
  });
}

function addRegionalAcl(account: FakeAccount, name: string, protectedArns: string[]): void {
  (region(account).wafv2 ??= { webAcls: [] }).webAcls.push(
    webAcl(
      PARITY_REGION,
      PARITY_ACCOUNT,
      'REGIONAL',
      name,
      `${name}-0000-1111-2222-333344445555`,
      protectedArns,
    ),
  );
}

const LOAD_BALANCER = (properties: Record<string, unknown> = {}) => ({
  Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  Properties: { Subnets: ['subnet-1', 'subnet-2'], ...properties },
});

const WEB_ACL = {
  Type: 'AWS::WAFv2::WebACL',
  Properties: {
    Scope: 'REGIONAL',
    DefaultAction: { Allow: {} },
    VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: 'web' },
    Rules: [],
  },
};

const CLOUDFRONT_ACL_ARN = `arn:aws:wafv2:us-east-1:${PARITY_ACCOUNT}:global/webacl/edge/0a1b2c3d-0000-1111-2222-333344445555`;
const DISTRIBUTION_ARN = (id: string) => `arn:aws:cloudfront::${PARITY_ACCOUNT}:distribution/${id}`;

function addDistribution(account: FakeAccount, id: string, webAclId: string): void {
  const behavior = { TargetOriginId: 'o', ViewerProtocolPolicy: 'https-only' as const };
  const origins = { Quantity: 1, Items: [{ Id: 'o', DomainName: 'example.com' }] };
  const config: DistributionConfig = {
    CallerReference: id,
    Comment: '',
    Enabled: true,
    Origins: origins,
    DefaultCacheBehavior: behavior,
    WebACLId: webAclId,
  };
  (account.cloudfront ??= { distributions: [] }).distributions.push({
    summary: {
      Id: id,
      ARN: DISTRIBUTION_ARN(id),
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
      WebACLId: webAclId,
      HttpVersion: 'http2',
      IsIPV6Enabled: true,
      Staging: false,
    },
    config,
  });
}

const distributionTemplate = (logicalId: string, config: Record<string, unknown> = {}) => ({
  logicalId,
  resources: {
    [logicalId]: {
      Type: 'AWS::CloudFront::Distribution',
      Properties: {
        DistributionConfig: {
          Enabled: true,
          Origins: [{ Id: 'o', DomainName: 'example.com' }],
          DefaultCacheBehavior: { TargetOriginId: 'o', ViewerProtocolPolicy: 'https-only' },
          ...config,
        },
      },
    },
  },
});

parityCases(RULE, [
  {
    name: 'an internet-facing ALB without a web ACL',
    status: 'FAIL',
    template: { logicalId: 'Exposed', resources: { Exposed: LOAD_BALANCER() } },
    live: { id: LB_ARN('exposed'), add: (account) => addLoadBalancer(account, 'exposed', 'internet-facing') },
  },
  {
    name: 'an internet-facing ALB associated with a web ACL',
    status: 'PASS',
    template: {
      logicalId: 'Shielded',
      resources: {
        Shielded: LOAD_BALANCER(),
        Acl: WEB_ACL,
        Association: {
          Type: 'AWS::WAFv2::WebACLAssociation',
          Properties: { ResourceArn: { Ref: 'Shielded' }, WebACLArn: { 'Fn::GetAtt': ['Acl', 'Arn'] } },
        },
      },
    },
    live: {
      id: LB_ARN('shielded'),
      add: (account) => {
        addLoadBalancer(account, 'shielded', 'internet-facing');
        addRegionalAcl(account, 'web', [LB_ARN('shielded')]);
      },
    },
  },
  {
    name: 'an internal ALB',
    status: 'NOT_APPLICABLE',
    template: { logicalId: 'Inside', resources: { Inside: LOAD_BALANCER({ Scheme: 'internal' }) } },
    live: { id: LB_ARN('inside'), add: (account) => addLoadBalancer(account, 'inside', 'internal') },
  },
  {
    name: 'a CloudFront distribution without a web ACL',
    status: 'FAIL',
    template: distributionTemplate('OpenEdge'),
    live: { id: DISTRIBUTION_ARN('EOPENEDGE'), add: (account) => addDistribution(account, 'EOPENEDGE', '') },
  },
  {
    name: 'a CloudFront distribution with a WAFv2 web ACL',
    status: 'PASS',
    template: distributionTemplate('GuardedEdge', { WebACLId: CLOUDFRONT_ACL_ARN }),
    live: {
      id: DISTRIBUTION_ARN('EGUARDEDEDGE'),
      add: (account) => addDistribution(account, 'EGUARDEDEDGE', CLOUDFRONT_ACL_ARN),
    },
  },
]);
