import { calls, defineMetricAlarmRule } from '../lib/metric-alarm.js';

export default defineMetricAlarmRule({
  id: 'metric-alarm-vpc-changes',
  title: 'An alarm fires on VPC changes',
  severity: 'medium',
  criteria: ['CC7.2', 'CC8.1'],
  activity: 'changes to VPCs and VPC peering',
  rationale:
    'A new VPC, a changed VPC attribute or a peering connection changes which networks can reach each other.',
  cisPattern:
    '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }',
  events: calls('ec2.amazonaws.com', [
    'CreateVpc',
    'DeleteVpc',
    'ModifyVpcAttribute',
    'AcceptVpcPeeringConnection',
    'CreateVpcPeeringConnection',
    'DeleteVpcPeeringConnection',
    'RejectVpcPeeringConnection',
  ]),
  equivalents: {
    prowler: ['cloudwatch_changes_to_vpcs_alarm_configured'],
    steampipe: ['log_metric_filter_vpc'],
    fsbp: ['CloudWatch.14'],
  },
});
