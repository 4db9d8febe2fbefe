/**
 * TLS in transit: ELB listener security policies (TLS 1.3, nothing older than 1.2) and ElastiCache
 * Redis in-transit encryption give the same verdict from a template and from the loopback AWS.
 */
import { alb } from '../../support/aws-server/builders.js';
import type { FakeAccount, FakeRegion } from '../../support/aws-server/index.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const ARN = `${PARITY_REGION}:${PARITY_ACCOUNT}`;
const region = (account: FakeAccount): FakeRegion => (account.regions[PARITY_REGION] ??= {});

/** An internet-facing ALB with an HTTPS:443 and an HTTP:80 listener. */
function addAlb(account: FakeAccount, name: string, sslPolicy: string): void {
  const fixture = alb(PARITY_REGION, PARITY_ACCOUNT, name, 'vpc-1', ['subnet-1', 'subnet-2'], {
    sslPolicy,
    httpRedirect: true,
  });
  const elbv2 = (region(account).elbv2 ??= {});
  (elbv2.loadBalancers ??= []).push(fixture.loadBalancer);
  (elbv2.listeners ??= []).push(...fixture.listeners);
  elbv2.rules = { ...elbv2.rules, ...fixture.rules };
}

/** The listener ARNs the builder gives an ALB of this name (the case's live id). */
function listenerArns(name: string): Record<'https' | 'http', string> {
  const fixture = alb(PARITY_REGION, PARITY_ACCOUNT, name, 'vpc-1', ['subnet-1', 'subnet-2'], {
    sslPolicy: 'unused',
    httpRedirect: true,
  });
  const arnOf = (port: number) => fixture.listeners.find((listener) => listener.Port === port)!.ListenerArn!;
  return { https: arnOf(443), http: arnOf(80) };
}

function listenerTemplate(logicalId: string, listener: Record<string, unknown>) {
  return {
    logicalId,
    resources: {
      Lb: {
        Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        Properties: { Subnets: ['subnet-1', 'subnet-2'] },
      },
      Tg: {
        Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
        Properties: { Port: 80, Protocol: 'HTTP', VpcId: 'vpc-1' },
      },
      [logicalId]: {
        Type: 'AWS::ElasticLoadBalancingV2::Listener',
        Properties: {
          LoadBalancerArn: { Ref: 'Lb' },
          DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: 'Tg' } }],
          ...listener,
        },
      },
    },
  };
}

const CERTIFICATES = [{ CertificateArn: `arn:aws:acm:${ARN}:certificate/web` }];

parityCases('tls-listener-tls13', [
  {
    name: 'HTTPS with ELBSecurityPolicy-2016-08 (TLS 1.0 to 1.2)',
    status: 'FAIL',
    template: listenerTemplate('Legacy', {
      Port: 443,
      Protocol: 'HTTPS',
      SslPolicy: 'ELBSecurityPolicy-2016-08',
      Certificates: CERTIFICATES,
    }),
    live: {
      id: listenerArns('legacy-alb').https,
      add: (account) => addAlb(account, 'legacy-alb', 'ELBSecurityPolicy-2016-08'),
    },
  },
  {
    name: 'HTTPS with ELBSecurityPolicy-TLS13-1-2-2021-06 (TLS 1.2 and 1.3)',
    status: 'PASS',
    template: listenerTemplate('Modern', {
      Port: 443,
      Protocol: 'HTTPS',
      SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      Certificates: CERTIFICATES,
    }),
    live: {
      id: listenerArns('modern-alb').https,
      add: (account) => addAlb(account, 'modern-alb', 'ELBSecurityPolicy-TLS13-1-2-2021-06'),
    },
  },
  {
    name: 'HTTPS with ELBSecurityPolicy-TLS-1-2-2017-01 (no TLS 1.3)',
    status: 'FAIL',
    template: listenerTemplate('NoTls13', {
      Port: 443,
      Protocol: 'HTTPS',
      SslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01',
      Certificates: CERTIFICATES,
    }),
    live: {
      id: listenerArns('tls12-alb').https,
      add: (account) => addAlb(account, 'tls12-alb', 'ELBSecurityPolicy-TLS-1-2-2017-01'),
    },
  },
  {
    // CloudFormation, the CLI and the CDK create the listener with ELBSecurityPolicy-2016-08; DescribeListeners names it.
    name: 'HTTPS without SslPolicy (the API default ELBSecurityPolicy-2016-08)',
    status: 'FAIL',
    template: listenerTemplate('Defaulted', { Port: 443, Protocol: 'HTTPS', Certificates: CERTIFICATES }),
    live: {
      id: listenerArns('defaulted-alb').https,
      add: (account) => addAlb(account, 'defaulted-alb', 'ELBSecurityPolicy-2016-08'),
    },
  },
  {
    // The live ALB of the PASS case above has this HTTP listener too.
    name: 'a plain HTTP listener terminates no TLS',
    status: 'NOT_APPLICABLE',
    template: listenerTemplate('Plain', { Port: 80, Protocol: 'HTTP' }),
    live: { id: listenerArns('modern-alb').http, add: () => undefined },
  },
]);

const GROUP_ARN = (id: string) => `arn:aws:elasticache:${ARN}:replicationgroup:${id}`;
const GROUP = { ReplicationGroupDescription: 'cache', Engine: 'redis', CacheNodeType: 'cache.t4g.micro' };

function addGroup(account: FakeAccount, id: string, tls: boolean): void {
  (region(account).elasticache ??= { replicationGroups: [] }).replicationGroups.push({
    ReplicationGroupId: id,
    ARN: GROUP_ARN(id),
    Status: 'available',
    TransitEncryptionEnabled: tls,
    SnapshotRetentionLimit: 1,
    Engine: 'redis',
  });
}

parityCases('elasticache-redis-in-transit-encryption', [
  {
    name: 'a replication group created without TransitEncryptionEnabled',
    status: 'FAIL',
    template: {
      logicalId: 'PlainCache',
      resources: { PlainCache: { Type: 'AWS::ElastiCache::ReplicationGroup', Properties: GROUP } },
    },
    live: { id: GROUP_ARN('plain-cache'), add: (account) => addGroup(account, 'plain-cache', false) },
  },
  {
    name: 'a replication group with in-transit encryption',
    status: 'PASS',
    template: {
      logicalId: 'TlsCache',
      resources: {
        TlsCache: {
          Type: 'AWS::ElastiCache::ReplicationGroup',
          Properties: { ...GROUP, TransitEncryptionEnabled: true },
        },
      },
    },
    live: { id: GROUP_ARN('tls-cache'), add: (account) => addGroup(account, 'tls-cache', true) },
  },
]);
