import { calls, defineMetricAlarmRule } from '../lib/metric-alarm.js';

export default defineMetricAlarmRule({
  id: 'metric-alarm-organizations-changes',
  title: 'An alarm fires on AWS Organizations changes',
  severity: 'medium',
  criteria: ['CC7.2', 'CC8.1'],
  activity: 'changes to the AWS organization',
  rationale:
    "Organization changes move accounts, detach service control policies or remove an account from the organization's guardrails altogether.",
  cisPattern:
    '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization") || ($.eventName = "UpdatePolicy") || ($.eventName = "UpdateOrganizationalUnit")) }',
  events: calls('organizations.amazonaws.com', [
    'AcceptHandshake',
    'AttachPolicy',
    'CreateAccount',
    'CreateOrganizationalUnit',
    'CreatePolicy',
    'DeclineHandshake',
    'DeleteOrganization',
    'DeleteOrganizationalUnit',
    'DeletePolicy',
    'DetachPolicy',
    'DisablePolicyType',
    'EnablePolicyType',
    'InviteAccountToOrganization',
    'LeaveOrganization',
    'MoveAccount',
    'RemoveAccountFromOrganization',
    'UpdatePolicy',
    'UpdateOrganizationalUnit',
  ]),
  equivalents: {
    prowler: ['cloudwatch_log_metric_filter_aws_organizations_changes'],
    steampipe: ['log_metric_filter_organization'],
  },
});
