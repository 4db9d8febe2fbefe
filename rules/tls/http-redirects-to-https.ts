import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'http-redirects-to-https',
  title: 'HTTP listeners of internet-facing load balancers only redirect to HTTPS',
  severity: 'high',
  criteria: ['CC6.7', 'CC6.6'],
  family: 'tls',
  appliesTo: ['elbv2-listener'],
  reads: ['elbv2-load-balancer'],
  rationale:
    'A public HTTP listener that forwards or answers requests sends credentials, cookies and data in clear text ' +
    'over the internet. Redirecting every request to HTTPS keeps port 80 usable for browsers without serving content on it.',
  remediation: {
    summary:
      'Make every action of the HTTP listener (default action and rules) a redirect with Protocol HTTPS.',
    cloudformation:
      'DefaultActions: [{ Type: redirect, RedirectConfig: { Protocol: HTTPS, Port: "443", StatusCode: HTTP_301 } }]',
    cdk: 'lb.addRedirect({ sourcePort: 80, targetPort: 443 })',
    cli: 'aws elbv2 modify-listener --listener-arn <arn> --default-actions Type=redirect,RedirectConfig="{Protocol=HTTPS,Port=443,StatusCode=HTTP_301}"',
  },
  equivalents: {
    checkov: ['CKV_AWS_2'],
    guard: ['ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK'],
    cdkNag: ['NIST.800.53.R5-ALBHttpToHttpsRedirection'],
    prowler: ['elbv2_ssl_listeners'],
    steampipe: ['elb_application_lb_redirect_http_request_to_https'],
    fsbp: ['ELB.1'],
  },
  evaluate(listener, inventory) {
    if (isUnknown(listener.protocol)) return undetermined(listener.protocol);
    if (listener.protocol !== 'HTTP') {
      return notApplicable(`${listener.protocol} listener is not plain HTTP`, {
        protocol: listener.protocol,
      });
    }
    const loadBalancer = inventory.loadBalancerOf(listener);
    if (isUnknown(loadBalancer)) return undetermined(loadBalancer);
    if (isUnknown(loadBalancer.scheme)) return undetermined(loadBalancer.scheme);
    const evidence = {
      loadBalancer: loadBalancer.id,
      scheme: loadBalancer.scheme,
      port: isUnknown(listener.port) ? null : (listener.port ?? null),
    };
    if (loadBalancer.scheme === 'internal') {
      return notApplicable(`load balancer ${loadBalancer.id} is internal`, evidence);
    }
    if (isUnknown(listener.actions)) return undetermined(listener.actions, evidence);
    if (listener.actions.length === 0)
      return undetermined('the listener has no actions in the inventory', evidence);
    const described = listener.actions.map((action) => ({
      type: isUnknown(action.type) ? null : action.type,
      redirectProtocol:
        action.redirectProtocol === undefined || isUnknown(action.redirectProtocol)
          ? null
          : (action.redirectProtocol ?? null),
    }));
    const offending = listener.actions.filter(
      (action) =>
        (!isUnknown(action.type) && action.type !== 'redirect') ||
        (action.type === 'redirect' &&
          !isUnknown(action.redirectProtocol) &&
          action.redirectProtocol?.toUpperCase() !== 'HTTPS'),
    );
    const facts = { ...evidence, actions: described };
    if (offending.length > 0) {
      const what = offending
        .map((action) =>
          action.type === 'redirect'
            ? `a redirect to ${isUnknown(action.redirectProtocol) ? '?' : (action.redirectProtocol ?? 'the same protocol')}`
            : `a ${String(action.type)} action`,
        )
        .join(', ');
      return fail(`internet-facing HTTP listener has ${what}, not only redirects to HTTPS`, facts);
    }
    for (const action of listener.actions) {
      if (isUnknown(action.type)) return undetermined(action.type, facts);
      if (isUnknown(action.redirectProtocol)) return undetermined(action.redirectProtocol, facts);
    }
    return pass('every action redirects to HTTPS', facts);
  },
});
