import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

const ENCRYPTED = new Set(['HTTPS', 'SSL']);

export default defineRule({
  id: 'classic-elb-https-listeners',
  title: 'Classic Load Balancers listen only on HTTPS or SSL',
  severity: 'high',
  criteria: ['CC6.7'],
  family: 'tls',
  appliesTo: ['elb-classic-load-balancer'],
  rationale:
    'An HTTP or TCP listener carries requests, session cookies and credentials in clear text between the client ' +
    'and the load balancer, where anyone on the path can read or change them.',
  remediation: {
    summary:
      'Replace HTTP listeners with HTTPS and TCP listeners with SSL (each with a certificate), or move to an ' +
      'Application Load Balancer that redirects HTTP to HTTPS.',
    cloudformation:
      'AWS::ElasticLoadBalancing::LoadBalancer: `Listeners: [{ Protocol: HTTPS, LoadBalancerPort: 443, InstancePort: 80, SSLCertificateId: <acm-arn> }]` and no HTTP/TCP entry',
    cdk: 'new elb.LoadBalancer(this, "Lb", { listeners: [{ externalPort: 443, externalProtocol: elb.LoadBalancingProtocol.HTTPS, sslCertificateArn }] })',
    cli: 'aws elb delete-load-balancer-listeners --load-balancer-name <name> --load-balancer-ports 80',
  },
  equivalents: {
    guard: ['ELB_TLS_HTTPS_LISTENERS_ONLY'],
    cdkNag: ['NIST.800.53.R5-ELBTlsHTTPSListenersOnly'],
    prowler: ['elb_ssl_listeners'],
    steampipe: ['elb_classic_lb_use_tls_https_listeners'],
    fsbp: ['ELB.3'],
  },
  evaluate(lb) {
    if (isUnknown(lb.listeners)) return undetermined(lb.listeners);
    const listeners = [];
    for (const listener of lb.listeners) {
      if (isUnknown(listener.protocol)) return undetermined(listener.protocol);
      listeners.push({
        port: typeof listener.loadBalancerPort === 'number' ? listener.loadBalancerPort : null,
        protocol: listener.protocol,
      });
    }
    const evidence = { listeners };
    const plain = listeners.filter((listener) => !ENCRYPTED.has(listener.protocol));
    if (plain.length > 0)
      return fail(
        `listener(s) in clear text: ${plain.map((l) => `${l.protocol} on port ${l.port ?? '?'}`).join(', ')}`,
        evidence,
      );
    // A Classic Load Balancer always has at least one listener (CreateLoadBalancer requires one).
    return pass('every listener is HTTPS or SSL', evidence);
  },
});
