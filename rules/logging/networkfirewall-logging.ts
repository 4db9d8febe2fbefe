import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'networkfirewall-logging',
  title: 'Network Firewall firewalls send their logs somewhere',
  severity: 'medium',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['networkfirewall-firewall'],
  rationale:
    'A firewall that drops or alerts on traffic without logging it blocks an attack but leaves no record of it: ' +
    'alert and flow logs are how a blocked intrusion attempt, or an allowed one, is found and investigated.',
  remediation: {
    summary:
      'Add a logging configuration sending at least the ALERT (and preferably FLOW) logs to CloudWatch Logs, S3 or Firehose.',
    cloudformation:
      'AWS::NetworkFirewall::LoggingConfiguration { FirewallArn: !Ref Firewall, LoggingConfiguration: { LogDestinationConfigs: [{ LogType: ALERT, LogDestinationType: CloudWatchLogs, LogDestination: { logGroup: <name> } }] } }',
    cli: 'aws network-firewall update-logging-configuration --firewall-arn <arn> --logging-configuration \'{"LogDestinationConfigs":[{"LogType":"ALERT","LogDestinationType":"CloudWatchLogs","LogDestination":{"logGroup":"<name>"}}]}\'',
  },
  equivalents: {
    prowler: ['networkfirewall_logging_enabled'],
    steampipe: ['networkfirewall_firewall_logging_enabled'],
    fsbp: ['NetworkFirewall.2'],
  },
  evaluate(firewall) {
    if (isUnknown(firewall.loggedTypes)) return undetermined(firewall.loggedTypes);
    const evidence = { loggedTypes: firewall.loggedTypes };
    return firewall.loggedTypes.length > 0
      ? pass(`it logs ${firewall.loggedTypes.join(', ')}`, evidence)
      : fail('it has no log destination', evidence);
  },
});
