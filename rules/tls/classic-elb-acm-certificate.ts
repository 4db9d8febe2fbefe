import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

const ENCRYPTED = new Set(['HTTPS', 'SSL']);

export default defineRule({
  id: 'classic-elb-acm-certificate',
  title: 'Classic Load Balancer HTTPS/SSL listeners use an ACM certificate',
  severity: 'medium',
  criteria: ['CC6.7'],
  family: 'tls',
  appliesTo: ['elb-classic-load-balancer'],
  rationale:
    'A certificate from AWS Certificate Manager is renewed automatically. A certificate uploaded to IAM is ' +
    'renewed by hand: when someone forgets, the listener serves an expired certificate and clients either fail ' +
    'or are taught to click through warnings, which defeats TLS.',
  remediation: {
    summary: 'Issue or import the certificate in ACM and point every HTTPS/SSL listener at its ARN.',
    cloudformation:
      'AWS::ElasticLoadBalancing::LoadBalancer: `Listeners: [{ Protocol: HTTPS, LoadBalancerPort: 443, InstancePort: 80, SSLCertificateId: !Ref AcmCertificate }]`',
    cdk: 'lb.addListener({ externalPort: 443, externalProtocol: elb.LoadBalancingProtocol.HTTPS, sslCertificateArn: certificate.certificateArn })',
    cli: 'aws elb set-load-balancer-listener-ssl-certificate --load-balancer-name <name> --load-balancer-port 443 --ssl-certificate-id <acm-certificate-arn>',
  },
  equivalents: {
    checkov: ['CKV_AWS_127'],
    guard: ['ELB_ACM_CERTIFICATE_REQUIRED'],
    cdkNag: ['NIST.800.53.R5-ELBACMCertificateRequired'],
    prowler: ['elb_ssl_listeners_use_acm_certificate'],
    steampipe: ['elb_classic_lb_use_ssl_certificate'],
    fsbp: ['ELB.2'],
  },
  evaluate(lb) {
    if (isUnknown(lb.listeners)) return undetermined(lb.listeners);
    const encrypted = [];
    for (const listener of lb.listeners) {
      if (isUnknown(listener.protocol)) return undetermined(listener.protocol);
      if (ENCRYPTED.has(listener.protocol)) encrypted.push(listener);
    }
    if (encrypted.length === 0) return notApplicable('no HTTPS or SSL listener');
    const stores = [];
    for (const listener of encrypted) {
      if (isUnknown(listener.certificateStore)) return undetermined(listener.certificateStore);
      stores.push({
        port: typeof listener.loadBalancerPort === 'number' ? listener.loadBalancerPort : null,
        certificateStore: listener.certificateStore ?? 'none',
      });
    }
    const evidence = { listeners: stores };
    const notAcm = stores.filter((listener) => listener.certificateStore !== 'acm');
    if (notAcm.length > 0)
      return fail(
        `${notAcm.length} HTTPS/SSL listener(s) use a certificate not managed by ACM (${notAcm.map((l) => `port ${l.port ?? '?'}: ${l.certificateStore}`).join(', ')})`,
        evidence,
      );
    return pass('every HTTPS/SSL listener uses an ACM certificate', evidence);
  },
});
