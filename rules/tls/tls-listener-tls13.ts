import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { API_DEFAULT_SSL_POLICY } from '../../src/inventory/ssl-policies.js';

const TLS_TERMINATING = new Set(['HTTPS', 'TLS']);
const OLDER_THAN_TLS12 = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.0', 'TLSv1.1']);

export default defineRule({
  id: 'tls-listener-tls13',
  title: 'HTTPS/TLS listeners offer TLS 1.3 and nothing older than TLS 1.2',
  severity: 'high',
  criteria: ['CC6.7'],
  family: 'tls',
  appliesTo: ['elbv2-listener'],
  reads: ['elbv2-ssl-policy'],
  rationale:
    'TLS 1.0 and 1.1 are deprecated (RFC 8996) and allow downgrade to weak ciphers; TLS 1.3 removes legacy key ' +
    'exchange and always provides forward secrecy. A listener created without SslPolicy through the API, ' +
    'CloudFormation or CDK gets ELBSecurityPolicy-2016-08, which still offers TLS 1.0 and 1.1.',
  remediation: {
    summary:
      'Set the listener SslPolicy to a TLS 1.3 policy whose floor is TLS 1.2, such as ' +
      'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09 (AWS recommended) or ELBSecurityPolicy-TLS13-1-3-PQ-2025-09.',
    cloudformation:
      'AWS::ElasticLoadBalancingV2::Listener: `SslPolicy: ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09`',
    cdk: 'lb.addListener("Https", { port: 443, certificates: [cert], sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS })',
    cli: 'aws elbv2 modify-listener --listener-arn <arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
  },
  equivalents: {
    checkov: ['CKV_AWS_103'],
    cfnNag: ['W55'],
    guard: ['ELBV2_PREDEFINED_SECURITY_POLICY_SSL_CHECK'],
    prowler: ['elbv2_insecure_ssl_ciphers'],
    steampipe: [
      'elb_tls_listener_protocol_version',
      'elb_application_network_lb_https_tls_listener_recommended_security_policy',
    ],
  },
  evaluate(listener, inventory) {
    if (isUnknown(listener.protocol)) return undetermined(listener.protocol);
    if (!TLS_TERMINATING.has(listener.protocol)) {
      return notApplicable(`${listener.protocol} listener does not terminate TLS`, {
        protocol: listener.protocol,
      });
    }
    if (isUnknown(listener.sslPolicy)) return undetermined(listener.sslPolicy);
    const policy = listener.sslPolicy ?? API_DEFAULT_SSL_POLICY;
    const defaulted = listener.sslPolicy === undefined;
    const protocols = inventory.sslPolicyProtocols(policy);
    const evidence = { protocol: listener.protocol, sslPolicy: policy, defaultPolicy: defaulted };
    if (isUnknown(protocols)) return undetermined(protocols, evidence);
    const named = defaulted ? `no SslPolicy set, so the API default ${policy} applies` : `policy ${policy}`;
    const older = protocols.filter((protocol) => OLDER_THAN_TLS12.has(protocol));
    const offersTls13 = protocols.includes('TLSv1.3');
    const facts = { ...evidence, protocols, offersTls13, olderThanTls12: older };
    if (older.length > 0 || !offersTls13) {
      const problems = [
        ...(offersTls13 ? [] : ['does not offer TLS 1.3']),
        ...(older.length > 0 ? [`still offers ${older.join(', ')}`] : []),
      ];
      return fail(`${named}: ${problems.join(' and ')}`, facts);
    }
    return pass(`${named} offers ${protocols.join(', ')}`, facts);
  },
});
