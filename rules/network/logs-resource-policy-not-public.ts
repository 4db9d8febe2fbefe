import { defineRule } from '../../src/engine/rule.js';
import { resourcePolicyOutcome } from '../lib/public-statements.js';

export default defineRule({
  id: 'logs-resource-policy-not-public',
  title: 'CloudWatch Logs resource policies do not allow everyone',
  severity: 'high',
  criteria: ['CC6.1', 'CC7.2'],
  family: 'network',
  appliesTo: ['logs-resource-policy'],
  rationale:
    "A CloudWatch Logs resource policy grants other principals access to the region's log groups (services " +
    'delivering logs, other accounts). A statement that allows "*" without a condition naming an account, ' +
    'organization or source resource lets anyone write into, or read, the log groups it names: logs that can be ' +
    'forged or read by outsiders are no longer evidence. Judged per policy, as AWS stores them per region.',
  remediation: {
    summary:
      'Name the delivering service as principal and confine it with aws:SourceAccount / aws:SourceArn, or name the accounts.',
    cloudformation:
      'AWS::Logs::ResourcePolicy: `PolicyDocument` statements with `Principal: { Service: delivery.logs.amazonaws.com }` and an aws:SourceAccount condition',
    cli: 'aws logs put-resource-policy --policy-name <name> --policy-document file://policy.json',
  },
  equivalents: {
    prowler: ['cloudwatch_log_group_not_publicly_accessible'],
  },
  evaluate(policy) {
    return resourcePolicyOutcome(policy.policyStatements, '');
  },
});
