import { Stage, type StageProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AuditStack } from './audit-stack.js';
import { DataStack } from './data-stack.js';
import { EdgeStack } from './edge-stack.js';
import { NetworkStack } from './network-stack.js';

export interface FintechStageProps extends StageProps {
  cidr: string;
  domainName: string;
  certificateArn: string;
  sharedNotificationKeyArn: string;
  qaHttpPort?: number;
}

/** One deployment of the product: network, data, edge and audit stacks in one account. */
export class FintechStage extends Stage {
  constructor(scope: Construct, id: string, props: FintechStageProps) {
    super(scope, id, props);
    const network = new NetworkStack(this, 'Network', { cidr: props.cidr });
    new DataStack(this, 'Data', {
      vpc: network.vpc,
      sharedNotificationKeyArn: props.sharedNotificationKeyArn,
    });
    new EdgeStack(this, 'Edge', {
      vpc: network.vpc,
      domainName: props.domainName,
      certificateArn: props.certificateArn,
      qaHttpPort: props.qaHttpPort,
    });
    new AuditStack(this, 'Audit', {});
  }
}
