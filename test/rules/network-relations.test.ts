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
      says: 'none of 2 subnet(s) has a default route to an internet gateway',
      evidence: { subnets: ['subnet-a', 'subnet-b'] },
      inventory: () => dbWithRoutes([{ destination: '0.0.0.0/0', target: nat }]),
    },
    {
      name: 'an internet gateway route that is not a default route',
      says: 'none of 2 subnet(s) has a default route to an internet gateway',
      evidence: { subnets: ['subnet-a', 'subnet-b'] },
      inventory: () => dbWithRoutes([{ destination: '198.51.100.0/24', target: igw }]),
    },
    {
      name: 'unknown target of a non-default route does not matter',
      says: 'none of 2 subnet(s) has a default route to an internet gateway',
      evidence: { subnets: ['subnet-a', 'subnet-b'] },
      inventory: () => dbWithRoutes([{ destination: '10.1.0.0/16', target: unknown('peering not read') }]),
    },
    {
      name: 'unknown destination of a route to a NAT gateway does not matter',
      says: 'none of 2 subnet(s) has a default route to an internet gateway',
      evidence: { subnets: ['subnet-a', 'subnet-b'] },
      inventory: () => dbWithRoutes([{ destination: unknown('prefix list not read'), target: nat }]),
    },
  ],
  fail: [
    {
      name: 'IPv4 default route to an internet gateway',
      says: 'subnet subnet-b routes 0.0.0.0/0 to internet gateway igw-1 (route table rtb-b)',
      evidence: {
        subnets: ['subnet-a', 'subnet-b'],
        publicRoutes: [{ subnet: 'subnet-b', routeTable: 'rtb-b', route: '0.0.0.0/0', gateway: 'igw-1' }],
      },
      message: 'subnet subnet-b routes 0.0.0.0/0 to internet gateway igw-1 (route table rtb-b)',
      inventory: () => dbWithRoutes([{ destination: '0.0.0.0/0', target: igw }]),
    },
    {
      name: 'IPv6 default route, found through the main route table',
      says: 'subnet subnet-a routes ::/0 to internet gateway igw-1 (route table rtb-main)',
      evidence: {
        subnets: ['subnet-a'],
        publicRoutes: [{ subnet: 'subnet-a', routeTable: 'rtb-main', route: '::/0', gateway: 'igw-1' }],
      },
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
      says: 'subnet subnet-b routes 0.0.0.0/0 to internet gateway igw-1 (route table rtb-b)',
      evidence: {
        subnets: ['subnet-a', 'subnet-b'],
        publicRoutes: [{ subnet: 'subnet-b', routeTable: 'rtb-b', route: '0.0.0.0/0', gateway: 'igw-1' }],
      },
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
    {
      name: 'every public subnet is counted',
      says: 'subnet subnet-a routes 0.0.0.0/0 to internet gateway igw-1 (route table rtb-public) and 1 more public subnet(s)',
      evidence: {
        subnets: ['subnet-a', 'subnet-b'],
        publicRoutes: [
          { subnet: 'subnet-a', routeTable: 'rtb-public', route: '0.0.0.0/0', gateway: 'igw-1' },
          { subnet: 'subnet-b', routeTable: 'rtb-public', route: '0.0.0.0/0', gateway: 'igw-1' },
        ],
      },
      inventory: () =>
        liveInventory([
          dbInstance(),
          dbSubnetGroup({ subnetIds: ['subnet-a', 'subnet-b'] }),
          subnet({ id: 'subnet-a' }),
          subnet({ id: 'subnet-b' }),
          routeTable({
            id: 'rtb-public',
            subnetIds: ['subnet-a', 'subnet-b'],
            routes: [
              { destination: '10.0.0.0/16', target: { kind: 'local' as const } },
              { destination: '0.0.0.0/0', target: igw },
            ],
          }),
        ]),
    },
  ],
  unknown: [
    {
      name: 'a non-default route to an internet gateway does not hide a later unresolved default route',
      says: 'subnet subnet-b: gateway from another stack',
      evidence: { subnets: ['subnet-a', 'subnet-b'] },
      inventory: () =>
        dbWithRoutes([
          { destination: '198.51.100.0/24', target: igw },
          { destination: '0.0.0.0/0', target: unknown('gateway from another stack') },
        ]),
    },
    {
      name: 'route to an internet gateway whose destination is unresolved',
      says: 'subnet subnet-b: destination from a parameter',
      evidence: { subnets: ['subnet-a', 'subnet-b'] },
      inventory: () => dbWithRoutes([{ destination: unknown('destination from a parameter'), target: igw }]),
    },
    {
      name: 'route whose destination and target are both unresolved; the first unknown is reported',
      says: 'subnet subnet-b: target not read',
      evidence: { subnets: ['subnet-a', 'subnet-b'] },
      inventory: () =>
        dbWithRoutes([
          { destination: unknown('destination not read'), target: unknown('target not read') },
          { destination: '0.0.0.0/0', target: unknown('second target not read') },
        ]),
    },
    {
      name: 'a subnet group listing no subnets',
      says: 'the DB subnet group lists no subnets',
      evidence: {},
      inventory: () => liveInventory([dbInstance(), dbSubnetGroup({ subnetIds: [] })]),
    },
    {
      name: 'default route whose target is unresolved',
      says: 'subnet subnet-b: Ref to an imported gateway',
      evidence: { subnets: ['subnet-a', 'subnet-b'] },
      message: 'subnet subnet-b',
      inventory: () =>
        dbWithRoutes([{ destination: '0.0.0.0/0', target: unknown('Ref to an imported gateway') }]),
    },
    {
      name: 'no subnet group: the default VPC',
      says: 'no DB subnet group is set: the database uses the default subnet group of the default VPC, whose subnets are public',
      evidence: {},
      message: 'default subnet group',
      inventory: () => liveInventory([dbInstance({ subnetGroupId: undefined })]),
    },
    {
      name: 'subnet group missing from the inventory',
      says: 'rds-db-subnet-group db-subnets is not in the scanned inventory',
      evidence: {},
      inventory: () => liveInventory([dbInstance()]),
    },
    {
      name: 'subnet without an associated or main route table',
      says: 'subnet subnet-a: subnet subnet-a has no explicit route table and the main route table of VPC vpc-1 is not in the scanned inventory',
      evidence: { subnets: ['subnet-a'] },
      inventory: () =>
        liveInventory([dbInstance(), dbSubnetGroup({ subnetIds: ['subnet-a'] }), subnet({ id: 'subnet-a' })]),
    },
  ],
  notApplicable: [
    {
      name: 'Aurora cluster member',
      says: "Aurora cluster member: the cluster's DB subnet group places it",
      evidence: {},
      inventory: () => liveInventory([dbInstance({ clusterId: 'cluster-1' })]),
    },
  ],
});

const lb = loadBalancer();
inventoryCases('tls-listener-tls13', {
  pass: [
    {
      name: 'recommended PQ policy',
      says: 'policy ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09 offers TLSv1.2, TLSv1.3',
      evidence: {
        protocol: 'HTTPS',
        sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
        defaultPolicy: false,
        protocols: ['TLSv1.2', 'TLSv1.3'],
        offersTls13: true,
        olderThanTls12: [],
      },
      inventory: () => liveInventory([lb, listener()]),
    },
    {
      name: 'TLS 1.3 only (NLB TLS listener)',
      says: 'policy ELBSecurityPolicy-TLS13-1-3-2021-06 offers TLSv1.3',
      evidence: {
        protocol: 'TLS',
        sslPolicy: 'ELBSecurityPolicy-TLS13-1-3-2021-06',
        defaultPolicy: false,
        protocols: ['TLSv1.3'],
        offersTls13: true,
        olderThanTls12: [],
      },
      inventory: () =>
        liveInventory([lb, listener({ protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-3-2021-06' })]),
    },
    {
      name: 'RFC 9151 FIPS policy',
      says: 'policy ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07 offers TLSv1.2, TLSv1.3',
      evidence: {
        protocol: 'HTTPS',
        sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07',
        defaultPolicy: false,
        protocols: ['TLSv1.2', 'TLSv1.3'],
        offersTls13: true,
        olderThanTls12: [],
      },
      inventory: () =>
        liveInventory([lb, listener({ sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07' })]),
    },
    {
      name: 'a live DescribeSSLPolicies answer wins over the table',
      says: 'policy ELBSecurityPolicy-Custom-2027 offers TLSv1.2, TLSv1.3',
      evidence: {
        protocol: 'HTTPS',
        sslPolicy: 'ELBSecurityPolicy-Custom-2027',
        defaultPolicy: false,
        protocols: ['TLSv1.2', 'TLSv1.3'],
        offersTls13: true,
        olderThanTls12: [],
      },
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
      says: 'no SslPolicy set, so the API default ELBSecurityPolicy-2016-08 applies: does not offer TLS 1.3 and still offers TLSv1, TLSv1.1',
      evidence: {
        protocol: 'HTTPS',
        sslPolicy: 'ELBSecurityPolicy-2016-08',
        defaultPolicy: true,
        protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
        offersTls13: false,
        olderThanTls12: ['TLSv1', 'TLSv1.1'],
      },
      message: 'no SslPolicy set, so the API default ELBSecurityPolicy-2016-08 applies',
      inventory: () => liveInventory([lb, listener({ sslPolicy: undefined })]),
    },
    {
      name: 'TLS 1.2 only, no TLS 1.3',
      says: 'policy ELBSecurityPolicy-TLS-1-2-2017-01: does not offer TLS 1.3',
      evidence: {
        protocol: 'HTTPS',
        sslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01',
        defaultPolicy: false,
        protocols: ['TLSv1.2'],
        offersTls13: false,
        olderThanTls12: [],
      },
      message: 'does not offer TLS 1.3',
      inventory: () => liveInventory([lb, listener({ sslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' })]),
    },
    {
      name: 'TLS13 in the name but TLS 1.0 kept',
      says: 'policy ELBSecurityPolicy-TLS13-1-0-PQ-2025-09: still offers TLSv1, TLSv1.1',
      evidence: {
        protocol: 'HTTPS',
        sslPolicy: 'ELBSecurityPolicy-TLS13-1-0-PQ-2025-09',
        defaultPolicy: false,
        protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'],
        offersTls13: true,
        olderThanTls12: ['TLSv1', 'TLSv1.1'],
      },
      message: 'still offers TLSv1, TLSv1.1',
      inventory: () => liveInventory([lb, listener({ sslPolicy: 'ELBSecurityPolicy-TLS13-1-0-PQ-2025-09' })]),
    },
  ],
  unknown: [
    {
      name: 'a policy name the table does not know',
      says: 'ELB security policy constructor is not a predefined policy this tool knows',
      evidence: { protocol: 'HTTPS', sslPolicy: 'constructor', defaultPolicy: false },
      message: 'not a predefined policy',
      inventory: () => liveInventory([lb, listener({ sslPolicy: 'constructor' })]),
    },
    {
      name: 'policy unresolved',
      says: 'Fn::ImportValue SharedPolicy',
      evidence: {},
      inventory: () => liveInventory([lb, listener({ sslPolicy: unknown('Fn::ImportValue SharedPolicy') })]),
    },
    {
      name: 'protocol unresolved',
      says: 'Protocol from a parameter',
      evidence: {},
      inventory: () => liveInventory([lb, listener({ protocol: unknown('Protocol from a parameter') })]),
    },
  ],
  notApplicable: [
    {
      name: 'HTTP listener',
      says: 'HTTP listener does not terminate TLS',
      evidence: { protocol: 'HTTP' },
      inventory: () => liveInventory([lb, listener({ protocol: 'HTTP', sslPolicy: undefined })]),
    },
    {
      name: 'UDP listener',
      says: 'UDP listener does not terminate TLS',
      evidence: { protocol: 'UDP' },
      inventory: () => liveInventory([lb, listener({ protocol: 'UDP', sslPolicy: undefined })]),
    },
  ],
});

const httpListener = (actions: ListenerAction[]) =>
  listener({ protocol: 'HTTP', port: 80, sslPolicy: undefined, actions });

const LB_ID = lb.id;
/** The evidence of an HTTP listener on port 80 of the internet-facing `lb`. */
const onLb = (actions?: { type: string | null; redirectProtocol: string | null }[]) => ({
  loadBalancer: LB_ID,
  scheme: 'internet-facing',
  port: 80,
  ...(actions ? { actions } : {}),
});
const NOT_ONLY = (what: string) => `internet-facing HTTP listener has ${what}, not only redirects to HTTPS`;

inventoryCases('http-redirects-to-https', {
  pass: [
    {
      name: 'redirect to HTTPS',
      says: 'every action redirects to HTTPS',
      evidence: onLb([{ type: 'redirect', redirectProtocol: 'HTTPS' }]),
      inventory: () => liveInventory([lb, httpListener([{ type: 'redirect', redirectProtocol: 'HTTPS' }])]),
    },
    {
      name: 'redirect to https in lower case (the API compares case-insensitively)',
      says: 'every action redirects to HTTPS',
      evidence: onLb([{ type: 'redirect', redirectProtocol: 'https' }]),
      inventory: () => liveInventory([lb, httpListener([{ type: 'redirect', redirectProtocol: 'https' }])]),
    },
  ],
  fail: [
    {
      name: 'forwards plain HTTP',
      says: NOT_ONLY('a forward action'),
      evidence: onLb([{ type: 'forward', redirectProtocol: null }]),
      inventory: () => liveInventory([lb, httpListener([{ type: 'forward' }])]),
    },
    {
      name: 'a rule forwards although the default redirects',
      says: NOT_ONLY('a forward action'),
      evidence: onLb([
        { type: 'redirect', redirectProtocol: 'HTTPS' },
        { type: 'forward', redirectProtocol: null },
      ]),
      inventory: () =>
        liveInventory([
          lb,
          httpListener([{ type: 'redirect', redirectProtocol: 'HTTPS' }, { type: 'forward' }]),
        ]),
    },
    {
      name: 'redirect keeping #{protocol}',
      says: NOT_ONLY('a redirect to #{protocol}'),
      evidence: onLb([{ type: 'redirect', redirectProtocol: '#{protocol}' }]),
      inventory: () =>
        liveInventory([lb, httpListener([{ type: 'redirect', redirectProtocol: '#{protocol}' }])]),
    },
    {
      name: 'redirect without a protocol keeps HTTP',
      says: NOT_ONLY('a redirect to the same protocol'),
      evidence: onLb([{ type: 'redirect', redirectProtocol: null }]),
      inventory: () => liveInventory([lb, httpListener([{ type: 'redirect', redirectProtocol: undefined }])]),
    },
    {
      name: 'every offending action is named, even beside one whose protocol is unresolved',
      says: NOT_ONLY('a forward action, a fixed-response action'),
      evidence: onLb([
        { type: 'redirect', redirectProtocol: null },
        { type: 'forward', redirectProtocol: null },
        { type: 'fixed-response', redirectProtocol: null },
      ]),
      inventory: () =>
        liveInventory([
          lb,
          httpListener([
            { type: 'redirect', redirectProtocol: unknown('parameter without default') },
            { type: 'forward' },
            { type: 'fixed-response' },
          ]),
        ]),
    },
  ],
  unknown: [
    {
      name: 'scheme unknown',
      says: 'Fn::If on IsPublic',
      evidence: {},
      inventory: () =>
        liveInventory([
          loadBalancer({ scheme: unknown('Fn::If on IsPublic') }),
          httpListener([{ type: 'forward' }]),
        ]),
    },
    {
      name: 'redirect protocol unresolved',
      says: 'parameter without default',
      evidence: onLb([{ type: 'redirect', redirectProtocol: null }]),
      inventory: () =>
        liveInventory([
          lb,
          httpListener([{ type: 'redirect', redirectProtocol: unknown('parameter without default') }]),
        ]),
    },
    {
      name: 'action type unresolved beside a redirect to HTTPS',
      says: 'action type from a parameter',
      evidence: onLb([
        { type: 'redirect', redirectProtocol: 'HTTPS' },
        { type: null, redirectProtocol: null },
      ]),
      inventory: () =>
        liveInventory([
          lb,
          httpListener([
            { type: 'redirect', redirectProtocol: 'HTTPS' },
            { type: unknown('action type from a parameter') },
          ]),
        ]),
    },
    {
      name: 'actions not read',
      says: 'DescribeRules: AccessDenied',
      evidence: onLb(),
      inventory: () =>
        liveInventory([
          lb,
          listener({ protocol: 'HTTP', port: 80, sslPolicy: undefined, actions: denied('DescribeRules') }),
        ]),
    },
    {
      name: 'no actions in the inventory',
      says: 'the listener has no actions in the inventory',
      evidence: onLb(),
      inventory: () => liveInventory([lb, httpListener([])]),
    },
    {
      name: 'protocol unresolved',
      says: 'Protocol from a parameter',
      evidence: {},
      inventory: () => liveInventory([lb, listener({ protocol: unknown('Protocol from a parameter') })]),
    },
    {
      name: 'load balancer missing',
      says: `elbv2-load-balancer ${LB_ID} is not in the scanned inventory`,
      evidence: {},
      inventory: () => liveInventory([httpListener([{ type: 'forward' }])]),
    },
  ],
  notApplicable: [
    {
      name: 'internal load balancer',
      says: `load balancer ${LB_ID} is internal`,
      evidence: { loadBalancer: LB_ID, scheme: 'internal', port: null },
      inventory: () =>
        liveInventory([
          loadBalancer({ scheme: 'internal' }),
          listener({ protocol: 'HTTP', port: unknown('Port from a parameter'), sslPolicy: undefined }),
        ]),
    },
    {
      name: 'HTTPS listener',
      says: 'HTTPS listener is not plain HTTP',
      evidence: { protocol: 'HTTPS' },
      inventory: () => liveInventory([lb, listener()]),
    },
  ],
});

inventoryCases('cloudfront-min-tls', {
  pass: [
    {
      name: 'TLSv1.2_2021',
      says: 'minimum protocol TLSv1.2_2021; viewer protocol policies redirect-to-https',
      evidence: {
        minimumProtocolVersion: 'TLSv1.2_2021',
        usesDefaultCertificate: false,
        viewerProtocolPolicies: ['redirect-to-https'],
      },
      inventory: () => liveInventory([distribution()]),
    },
    {
      name: 'several behaviors, none plain HTTP',
      says: 'minimum protocol TLSv1.2_2021; viewer protocol policies https-only, redirect-to-https',
      evidence: {
        minimumProtocolVersion: 'TLSv1.2_2021',
        usesDefaultCertificate: false,
        viewerProtocolPolicies: ['https-only', 'redirect-to-https'],
      },
      inventory: () =>
        liveInventory([distribution({ viewerProtocolPolicies: ['https-only', 'redirect-to-https'] })]),
    },
    {
      name: 'TLSv1.3_2025 (which some scanners wrongly flag)',
      says: 'minimum protocol TLSv1.3_2025; viewer protocol policies redirect-to-https',
      evidence: {
        minimumProtocolVersion: 'TLSv1.3_2025',
        usesDefaultCertificate: false,
        viewerProtocolPolicies: ['redirect-to-https'],
      },
      inventory: () => liveInventory([distribution({ minimumProtocolVersion: 'TLSv1.3_2025' })]),
    },
  ],
  fail: [
    {
      name: 'TLSv1.1_2016 (which some scanners wrongly pass)',
      says: 'minimum protocol version TLSv1.1_2016 is older than TLSv1.2_2021',
      evidence: {
        minimumProtocolVersion: 'TLSv1.1_2016',
        usesDefaultCertificate: false,
        viewerProtocolPolicies: ['redirect-to-https'],
      },
      message: 'TLSv1.1_2016 is older than TLSv1.2_2021',
      inventory: () => liveInventory([distribution({ minimumProtocolVersion: 'TLSv1.1_2016' })]),
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
      inventory: () =>
        liveInventory([distribution({ usesDefaultCertificate: true, minimumProtocolVersion: undefined })]),
    },
    {
      name: 'allow-all on one behavior',
      says: 'a cache behavior uses viewer protocol policy allow-all (plain HTTP)',
      evidence: {
        minimumProtocolVersion: 'TLSv1.2_2021',
        usesDefaultCertificate: false,
        viewerProtocolPolicies: ['https-only', 'allow-all'],
      },
      message: 'allow-all',
      inventory: () => liveInventory([distribution({ viewerProtocolPolicies: ['https-only', 'allow-all'] })]),
    },
    {
      name: 'own certificate but no MinimumProtocolVersion',
      says: 'sets no MinimumProtocolVersion, so CloudFront accepts TLSv1',
      evidence: {
        minimumProtocolVersion: null,
        usesDefaultCertificate: false,
        viewerProtocolPolicies: ['redirect-to-https'],
      },
      inventory: () => liveInventory([distribution({ minimumProtocolVersion: undefined })]),
    },
    {
      name: 'default certificate: its own TLSv1 is the problem, not the unused minimum version',
      says: 'uses the default *.cloudfront.net certificate, which accepts TLSv1',
      evidence: {
        minimumProtocolVersion: 'TLSv1',
        usesDefaultCertificate: true,
        viewerProtocolPolicies: ['redirect-to-https'],
      },
      inventory: () =>
        liveInventory([distribution({ usesDefaultCertificate: true, minimumProtocolVersion: 'TLSv1' })]),
    },
    {
      name: 'every problem is named',
      says: 'a cache behavior uses viewer protocol policy allow-all (plain HTTP); minimum protocol version TLSv1.2_2019 is older than TLSv1.2_2021',
      evidence: {
        minimumProtocolVersion: 'TLSv1.2_2019',
        usesDefaultCertificate: false,
        viewerProtocolPolicies: ['allow-all'],
      },
      inventory: () =>
        liveInventory([
          distribution({ viewerProtocolPolicies: ['allow-all'], minimumProtocolVersion: 'TLSv1.2_2019' }),
        ]),
    },
  ],
  unknown: [
    {
      name: 'certificate kind unresolved',
      says: 'Fn::If on HasDomain',
      evidence: {
        minimumProtocolVersion: 'TLSv1.2_2021',
        usesDefaultCertificate: null,
        viewerProtocolPolicies: ['redirect-to-https'],
      },
      inventory: () =>
        liveInventory([distribution({ usesDefaultCertificate: unknown('Fn::If on HasDomain') })]),
    },
    {
      name: 'viewer policies and minimum version unresolved',
      says: 'Fn::If on Strict; parameter MinTls without default',
      evidence: { minimumProtocolVersion: null, usesDefaultCertificate: false, viewerProtocolPolicies: null },
      inventory: () =>
        liveInventory([
          distribution({
            viewerProtocolPolicies: unknown('Fn::If on Strict'),
            minimumProtocolVersion: unknown('parameter MinTls without default'),
          }),
        ]),
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
    ['TLSv1.3_2025-beta', false],
    ['Legacy-TLSv1.3_2025', false],
    ['TLSv1.2_20210', false],
    ['Legacy-TLSv1.2_2021', false],
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

// PubliclyAccessible left undecided by the source: only an Aurora cluster (whose instances carry the setting) is not applicable.
inventoryCases('db-not-publicly-accessible', {
  unknown: [
    {
      name: 'an instance whose PubliclyAccessible was not established',
      says: 'PubliclyAccessible was not established, and the database is not a known Aurora cluster',
      inventory: () => liveInventory([dbInstance({ publiclyAccessible: undefined })]),
    },
    {
      name: 'an Aurora instance (not its cluster) whose PubliclyAccessible was not established',
      says: 'PubliclyAccessible was not established, and the database is not a known Aurora cluster',
      inventory: () =>
        liveInventory([dbInstance({ publiclyAccessible: undefined, engine: 'aurora-postgresql' })]),
    },
  ],
  notApplicable: [
    {
      name: 'an Aurora cluster',
      says: 'Aurora cluster: public accessibility is set on each DB instance',
      inventory: () =>
        liveInventory([
          {
            ...dbInstance({ publiclyAccessible: undefined, engine: 'aurora-postgresql' }),
            type: 'rds-db-cluster',
            id: 'cluster-1',
          } as Resource,
        ]),
    },
  ],
});
