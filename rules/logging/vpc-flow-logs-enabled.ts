import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'vpc-flow-logs-enabled',
  title: 'VPC flow logs are enabled',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['ec2-vpc'],
  sources: ['live'],
  rationale:
    'Flow logs are the record of who talked to what inside and across the network boundary: without them an ' +
    'incident investigation cannot tell which hosts were reached, from where, or how much data left.',
  remediation: {
    summary: 'Create a flow log on the VPC (all traffic) to CloudWatch Logs or S3.',
    cloudformation: 'AWS::EC2::FlowLog: `ResourceId: !Ref Vpc`, `ResourceType: VPC`, `TrafficType: ALL`',
    cdk: 'vpc.addFlowLog("FlowLog")',
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc> --traffic-type ALL --log-destination-type s3 --log-destination <bucket-arn>',
  },
  equivalents: {
    prowler: ['vpc_flow_logs_enabled'],
    steampipe: ['vpc_flow_logs_enabled'],
    fsbp: ['EC2.6'],
  },
  evaluate(vpc) {
    if (isUnknown(vpc.flowLogIds)) return undetermined(vpc.flowLogIds);
    return vpc.flowLogIds.length > 0
      ? pass(`flow log(s) ${vpc.flowLogIds.join(', ')} capture the VPC`, { flowLogs: vpc.flowLogIds })
      : fail('no active flow log captures the VPC');
  },
});
