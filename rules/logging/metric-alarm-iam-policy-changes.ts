import { calls, defineMetricAlarmRule } from '../lib/metric-alarm.js';

export default defineMetricAlarmRule({
  id: 'metric-alarm-iam-policy-changes',
  title: 'An alarm fires on IAM policy changes',
  severity: 'medium',
  criteria: ['CC7.2', 'CC8.1'],
  activity: 'changes to IAM policies',
  rationale:
    'IAM policies decide who can do what; a changed or newly attached policy is how access is widened, by mistake or by an attacker keeping a foothold.',
  cisPattern:
    '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}',
  events: calls('iam.amazonaws.com', [
    'DeleteGroupPolicy',
    'DeleteRolePolicy',
    'DeleteUserPolicy',
    'PutGroupPolicy',
    'PutRolePolicy',
    'PutUserPolicy',
    'CreatePolicy',
    'DeletePolicy',
    'CreatePolicyVersion',
    'DeletePolicyVersion',
    'AttachRolePolicy',
    'DetachRolePolicy',
    'AttachUserPolicy',
    'DetachUserPolicy',
    'AttachGroupPolicy',
    'DetachGroupPolicy',
  ]),
  equivalents: {
    prowler: ['cloudwatch_log_metric_filter_policy_changes'],
    steampipe: ['log_metric_filter_iam_policy'],
    fsbp: ['CloudWatch.4'],
  },
});
