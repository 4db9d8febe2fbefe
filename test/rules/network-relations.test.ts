import { describe, expect, it } from 'vitest';
import { isModernViewerPolicy } from '../../rules/tls/cloudfront-min-tls.js';
import { unknown } from '../../src/inventory/maybe.js';
import type { Maybe } from '../../src/inventory/maybe.js';
import type { Gap, ListenerAction, Resource, Route } from '../../src/inventory/model.js';
import { builtInSslPolicyProtocols } from '../../src/inventory/ssl-policies.js';
import {
  dbInstance,
  dbSubnetGroup,
  denied,
  distribution,
  listener,
  liveInventory,
  loadBalancer,
  make,
  routeTable,
  subnet,
} from '../support/inventory-builder.js';
import { findingsOf, inventoryCases } from '../support/rule-cases.js';

const igw = { kind: 'internet-gateway' as const, id: 'igw-1' };
const nat = { kind: 'other' as const, id: 'nat-1', description: 'NAT gateway' };

/** A DB in subnet-a and subnet-b; subnet-b's table gets `routes`. */
function dbWithRoutes(routes: Maybe<Route[]>) {
  return liveInventory([
    dbInstance(),
    dbSubnetGroup({ subnetIds: ['subnet-a', 'subnet-b'] }),
    subnet({ id: 'subnet-a' }),
    subnet({ id: 'subnet-b' }),
    routeTable({ id: 'rtb-private', subnetIds: ['subnet-a'] }),
    routeTable({ id: 'rtb-b', subnetIds: ['subnet-b'], routes }),
  ]);
}

inventoryCases('db-subnets-private', {
  pass: [
    {
      name: 'default route through a NAT gateway',
      inventory: () => dbWithRoutes([{ destination: '0.0.0.0/0', target: nat }]),
    },
    {
      name: 'an internet gateway route that is not a default route',
      inventory: () => dbWithRoutes([{ destination: '198.51.100.0/24', target: igw }]),
    },
    {
      name: 'unknown target of a non-default route does not matter',
      inventory: () => dbWithRoutes([{ destination: '10.1.0.0/16', target: unknown('peering not read') }]),
    },
  ],
  fail: [
    {
      name: 'IPv4 default route to an internet gateway',
      message: 'subnet subnet-b routes 0.0.0.0/0 to internet gateway igw-1 (route table rtb-b)',
      inventory: () => dbWithRoutes([{ destination: '0.0.0.0/0', target: igw }]),
    },
    {
      name: 'IPv6 default route, found through the main route table',
      message: '::/0',
      inventory: () =>
        liveInventory([
          dbInstance(),
          dbSubnetGroup({ subnetIds: ['subnet-a'] }),
          subnet({ id: 'subnet-a' }),
          routeTable({
            id: 'rtb-main',
            isMain: true,
            subnetIds: [],
            routes: [{ destination: '::/0', target: igw }],
          }),
        ]),
    },
    {
      name: 'a public route wins over an unknown one elsewhere',
      inventory: () =>
        liveInventory([
          dbInstance(),
          dbSubnetGroup({ subnetIds: ['subnet-a', 'subnet-b'] }),
          subnet({ id: 'subnet-a' }),
          subnet({ id: 'subnet-b' }),
          routeTable({ id: 'rtb-a', subnetIds: ['subnet-a'], routes: denied('ec2:DescribeRouteTables') }),
          routeTable({
            id: 'rtb-b',
            subnetIds: ['subnet-b'],
            routes: [{ destination: '0.0.0.0/0', target: igw }],
          }),
        ]),
    },
  ],
  unknown: [
    {
      name: 'default route whose target is unresolved',
      message: 'subnet subnet-b',
      inventory: () =>
        dbWithRoutes([{ destination: '0.0.0.0/0', target: unknown('Ref to an imported gateway') }]),
    },
    {
      name: 'no subnet group: the default VPC',
      message: 'default subnet group',
      inventory: () => liveInventory([dbInstance({ subnetGroupId: undefined })]),
    },
    {
      name: 'subnet group missing from the inventory',
      inventory: () => liveInventory([dbInstance()]),
    },
    {
      name: 'subnet without an associated or main route table',
      inventory: () =>
        liveInventory([dbInstance(), dbSubnetGroup({ subnetIds: ['subnet-a'] }), subnet({ id: 'subnet-a' })]),
    },
  ],
  notApplicable: [
    {
      name: 'Aurora cluster member',
      inventory: () => liveInventory([dbInstance({ clusterId: 'cluster-1' })]),
    },
  ],
});

const lb = loadBalancer();
inventoryCases('tls-listener-tls13', {
  pass: [
    { name: 'recommended PQ policy', inventory: () => liveInventory([lb, listener()]) },
    {
      name: 'TLS 1.3 only (NLB TLS listener)',
      inventory: () =>
        liveInventory([lb, listener({ protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-3-2021-06' })]),
    },
    {
      name: 'RFC 9151 FIPS policy',
      inventory: () =>
        liveInventory([lb, listener({ sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07' })]),
    },
    {
      name: 'a live DescribeSSLPolicies answer wins over the table',
      inventory: () =>
        liveInventory([
          lb,
          listener({ sslPolicy: 'ELBSecurityPolicy-Custom-2027' }),
          make('elbv2-ssl-policy', {
            id: 'p',
            name: 'ELBSecurityPolicy-Custom-2027',
            protocols: ['TLSv1.2', 'TLSv1.3'],
          }),
        ]),
    },
  ],
  fail: [
    {
      name: 'no SslPolicy: the API default ELBSecurityPolicy-2016-08',
      message: 'no SslPolicy set, so the API default ELBSecurityPolicy-2016-08 applies',
      inventory: () => liveInventory([lb, listener({ sslPolicy: undefined })]),
    },
    {
      name: 'TLS 1.2 only, no TLS 1.3',
      message: 'does not offer TLS 1.3',
      inventory: () => liveInventory([lb, listener({ sslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' })]),
    },
    {
      name: 'TLS13 in the name but TLS 1.0 kept',
      message: 'still offers TLSv1, TLSv1.1',
      inventory: () => liveInventory([lb, listener({ sslPolicy: 'ELBSecurityPolicy-TLS13-1-0-PQ-2025-09' })]),
    },
  ],
  unknown: [
    {
      name: 'a policy name the table does not know',
      message: 'not a predefined policy',
      inventory: () => liveInventory([lb, listener({ sslPolicy: 'constructor' })]),
    },
    {
      name: 'policy unresolved',
      inventory: () => liveInventory([lb, listener({ sslPolicy: unknown('Fn::ImportValue SharedPolicy') })]),
    },
  ],
  notApplicable: [
    {
      name: 'HTTP listener',
      inventory: () => liveInventory([lb, listener({ protocol: 'HTTP', sslPolicy: undefined })]),
    },
    {
      name: 'UDP listener',
      inventory: () => liveInventory([lb, listener({ protocol: 'UDP', sslPolicy: undefined })]),
    },
  ],
});

const httpListener = (actions: ListenerAction[]) =>
  listener({ protocol: 'HTTP', port: 80, sslPolicy: undefined, actions });

inventoryCases('http-redirects-to-https', {
  pass: [
    {
      name: 'redirect to HTTPS',
      inventory: () => liveInventory([lb, httpListener([{ type: 'redirect', redirectProtocol: 'HTTPS' }])]),
    },
  ],
  fail: [
    {
      name: 'forwards plain HTTP',
      message: 'a forward action',
      inventory: () => liveInventory([lb, httpListener([{ type: 'forward' }])]),
    },
    {
      name: 'a rule forwards although the default redirects',
      inventory: () =>
        liveInventory([
          lb,
          httpListener([{ type: 'redirect', redirectProtocol: 'HTTPS' }, { type: 'forward' }]),
        ]),
    },
    {
      name: 'redirect keeping #{protocol}',
      message: 'a redirect to #{protocol}',
      inventory: () =>
        liveInventory([lb, httpListener([{ type: 'redirect', redirectProtocol: '#{protocol}' }])]),
    },
  ],
  unknown: [
    {
      name: 'scheme unknown',
      inventory: () =>
        liveInventory([
          loadBalancer({ scheme: unknown('Fn::If on IsPublic') }),
          httpListener([{ type: 'forward' }]),
        ]),
    },
    {
      name: 'redirect protocol unresolved',
      inventory: () =>
        liveInventory([
          lb,
          httpListener([{ type: 'redirect', redirectProtocol: unknown('parameter without default') }]),
        ]),
    },
    { name: 'load balancer missing', inventory: () => liveInventory([httpListener([{ type: 'forward' }])]) },
  ],
  notApplicable: [
    {
      name: 'internal load balancer',
      inventory: () =>
        liveInventory([loadBalancer({ scheme: 'internal' }), httpListener([{ type: 'forward' }])]),
    },
    { name: 'HTTPS listener', inventory: () => liveInventory([lb, listener()]) },
  ],
});

inventoryCases('cloudfront-min-tls', {
  pass: [
    { name: 'TLSv1.2_2021', inventory: () => liveInventory([distribution()]) },
    {
      name: 'TLSv1.3_2025 (which some scanners wrongly flag)',
      inventory: () => liveInventory([distribution({ minimumProtocolVersion: 'TLSv1.3_2025' })]),
    },
  ],
  fail: [
    {
      name: 'TLSv1.1_2016 (which some scanners wrongly pass)',
      message: 'TLSv1.1_2016 is older than TLSv1.2_2021',
      inventory: () => liveInventory([distribution({ minimumProtocolVersion: 'TLSv1.1_2016' })]),
    },
    {
      name: 'default certificate',
      message: 'default *.cloudfront.net certificate',
      inventory: () =>
        liveInventory([distribution({ usesDefaultCertificate: true, minimumProtocolVersion: undefined })]),
    },
    {
      name: 'allow-all on one behavior',
      message: 'allow-all',
      inventory: () => liveInventory([distribution({ viewerProtocolPolicies: ['https-only', 'allow-all'] })]),
    },
  ],
  unknown: [
    {
      name: 'certificate kind unresolved',
      inventory: () =>
        liveInventory([distribution({ usesDefaultCertificate: unknown('Fn::If on HasDomain') })]),
    },
  ],
});

describe('CloudFront policy versions', () => {
  it.each([
    ['TLSv1.2_2021', true],
    ['TLSv1.2_2025', true],
    ['TLSv1.3_2025', true],
    ['TLSv1.3_2031', true],
    ['TLSv1.2_2019', false],
    ['TLSv1.2_2018', false],
    ['TLSv1.1_2016', false],
    ['TLSv1_2016', false],
    ['TLSv1', false],
    ['SSLv3', false],
  ])('%s modern: %s', (version, modern) => {
    expect(isModernViewerPolicy(version)).toBe(modern);
  });
});

describe('the ELB security policy table', () => {
  it('knows the API default and keeps prototype names out', () => {
    expect(builtInSslPolicyProtocols('ELBSecurityPolicy-2016-08')).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2']);
    expect(builtInSslPolicyProtocols('toString')).toBeUndefined();
  });

  it('gives every TLS13-1-2 and TLS13-1-3 policy TLS 1.3 without anything older than 1.2', () => {
    const names = [
      'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
      'ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09',
      'ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP4-FIPS-2023-07',
      'ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09',
      'ELBSecurityPolicy-TLS13-1-3-RFC9151-FIPS-2023-07',
    ];
    for (const name of names) {
      const protocols = builtInSslPolicyProtocols(name);
      expect(protocols, name).toContain('TLSv1.3');
      expect(
        protocols?.filter((protocol) => protocol !== 'TLSv1.2' && protocol !== 'TLSv1.3'),
        name,
      ).toEqual([]);
    }
  });
});

describe('waf-protects-public-endpoints on live data', () => {
  const ACL = 'arn:aws:wafv2:us-east-1:111122223333:regional/webacl/main/1';
  const STAGE_ID = 'arn:aws:apigateway:us-east-1::/restapis/abc/stages/prod';
  const association = (resourceId: string) =>
    make('wafv2-web-acl-association', { id: `assoc:${resourceId}`, resourceId, webAclId: ACL });
  const stage = (fields: Partial<Parameters<typeof make<'apigateway-stage'>>[1]> = {}) =>
    make('apigateway-stage', {
      id: STAGE_ID,
      restApiId: 'abc',
      stageName: 'prod',
      endpointTypes: ['REGIONAL'],
      webAclArn: undefined,
      cacheClusterEnabled: false,
      methodSettings: [],
      accessLogDestination: undefined,
      ...fields,
    });
  /** What the evidence pack shows of each finding: status, the whole message and the evidence. */
  const findings = (resources: Resource[], gaps: Gap[] = []) =>
    findingsOf('waf-protects-public-endpoints', liveInventory(resources, { gaps })).map(
      ({ status, message, evidence }) => ({ status, message, evidence }),
    );
  const ASSOCIATIONS_DENIED: Gap = { resourceType: 'wafv2-web-acl-association', reason: 'AccessDenied' };

  it('passes an associated ALB and fails a bare one', () => {
    expect(findings([lb, association(lb.id)])).toEqual([
      {
        status: 'PASS',
        message: `internet-facing ALB is protected by web ACL ${ACL}`,
        evidence: { scheme: 'internet-facing', webAcls: [ACL] },
      },
    ]);
    expect(findings([lb])).toEqual([
      {
        status: 'FAIL',
        message: 'internet-facing ALB has no WAFv2 web ACL',
        evidence: { scheme: 'internet-facing', webAcls: [] },
      },
    ]);
  });

  it('is not applicable to NLBs and internal ALBs', () => {
    expect(findings([loadBalancer({ lbType: 'network' })])).toEqual([
      {
        status: 'NOT_APPLICABLE',
        message: 'network load balancers cannot have a web ACL',
        evidence: { lbType: 'network' },
      },
    ]);
    expect(findings([loadBalancer({ scheme: 'internal' })])).toEqual([
      { status: 'NOT_APPLICABLE', message: 'internal load balancer', evidence: { scheme: 'internal' } },
    ]);
  });

  it('is UNKNOWN when the type, the scheme or the associations could not be read', () => {
    expect(findings([loadBalancer({ lbType: unknown('DescribeLoadBalancers: type not read') })])).toEqual([
      { status: 'UNKNOWN', message: 'DescribeLoadBalancers: type not read', evidence: {} },
    ]);
    expect(findings([loadBalancer({ scheme: unknown('DescribeLoadBalancers: scheme not read') })])).toEqual([
      { status: 'UNKNOWN', message: 'DescribeLoadBalancers: scheme not read', evidence: {} },
    ]);
    const [denied] = findings([lb], [ASSOCIATIONS_DENIED]);
    expect(denied?.status).toBe('UNKNOWN');
    expect(denied?.evidence).toEqual({ scheme: 'internet-facing' });
  });

  it('judges stages by webAclArn or association; PRIVATE APIs are out of scope', () => {
    const stageAcl = 'arn:aws:wafv2:us-east-1:1:regional/webacl/x/1';
    expect(findings([stage({ webAclArn: stageAcl })])).toEqual([
      {
        status: 'PASS',
        message: `stage is protected by web ACL ${stageAcl}`,
        evidence: { endpointTypes: 'REGIONAL', webAcls: [stageAcl] },
      },
    ]);
    expect(findings([stage(), association(STAGE_ID)])).toEqual([
      {
        status: 'PASS',
        message: `stage is protected by web ACL ${ACL}`,
        evidence: { endpointTypes: 'REGIONAL', webAcls: [ACL] },
      },
    ]);
    expect(findings([stage({ endpointTypes: ['EDGE', 'REGIONAL'] })])).toEqual([
      {
        status: 'FAIL',
        message: 'public API stage has no WAFv2 web ACL',
        evidence: { endpointTypes: 'EDGE,REGIONAL', webAcls: [] },
      },
    ]);
    expect(findings([stage({ webAclArn: unknown('GetStage denied') })])).toEqual([
      { status: 'UNKNOWN', message: 'GetStage denied', evidence: { endpointTypes: 'REGIONAL' } },
    ]);
    expect(findings([stage({ endpointTypes: ['PRIVATE'] })])).toEqual([
      {
        status: 'NOT_APPLICABLE',
        message: 'PRIVATE API: reachable only through VPC endpoints',
        evidence: { endpointTypes: ['PRIVATE'] },
      },
    ]);
  });

  it('judges a stage whose webAclArn is unreadable by its association when there is one', () => {
    expect(findings([stage({ webAclArn: unknown('GetStage denied') }), association(STAGE_ID)])).toEqual([
      {
        status: 'PASS',
        message: `stage is protected by web ACL ${ACL}`,
        evidence: { endpointTypes: 'REGIONAL', webAcls: [ACL] },
      },
    ]);
  });

  it('judges a stage that is only partly PRIVATE, or lists no endpoint type, as public', () => {
    expect(findings([stage({ endpointTypes: ['PRIVATE', 'REGIONAL'] })]).map((f) => f.status)).toEqual([
      'FAIL',
    ]);
    expect(findings([stage({ endpointTypes: [] })])).toEqual([
      {
        status: 'FAIL',
        message: 'public API stage has no WAFv2 web ACL',
        evidence: { endpointTypes: '', webAcls: [] },
      },
    ]);
    expect(findings([stage({ endpointTypes: unknown('GetRestApi denied') })])).toEqual([
      { status: 'UNKNOWN', message: 'GetRestApi denied', evidence: {} },
    ]);
  });

  it('passes a WAFv2 distribution ACL and fails none or a retired WAF Classic id', () => {
    const cfAcl = 'arn:aws:wafv2:us-east-1:1:global/webacl/cf/1';
    expect(findings([distribution({ webAclId: cfAcl })])).toEqual([
      {
        status: 'PASS',
        message: `distribution is protected by web ACL ${cfAcl}`,
        evidence: { webAclId: cfAcl },
      },
    ]);
    const none = {
      status: 'FAIL',
      message: 'distribution has no WAFv2 web ACL',
      evidence: { webAclId: null },
    };
    expect(findings([distribution({ webAclId: undefined })])).toEqual([none]);
    expect(findings([distribution({ webAclId: '' })])).toEqual([none]);
    const classic = '473e64fd-f30b-4765-81a0-62ad96dd167a';
    expect(findings([distribution({ webAclId: classic })])).toEqual([
      {
        status: 'FAIL',
        message: `web ACL ${classic} is a WAF Classic ACL (retired), not WAFv2`,
        evidence: { webAclId: classic },
      },
    ]);
    expect(findings([distribution({ webAclId: unknown('GetDistributionConfig denied') })])).toEqual([
      { status: 'UNKNOWN', message: 'GetDistributionConfig denied', evidence: {} },
    ]);
  });
});
