/**
 * The CDK app both scanners are measured on: stages of the example fintech
 * app (network, data, edge, audit) plus an archive data stack, five stacks a
 * stage, so ten stages make the 50-stack cdk.out of the benchmark.
 */
import { App, Stage, type StageProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AuditStack } from '../../examples/cdk-app/lib/audit-stack.js';
import { DataStack } from '../../examples/cdk-app/lib/data-stack.js';
import { EdgeStack } from '../../examples/cdk-app/lib/edge-stack.js';
import { NetworkStack } from '../../examples/cdk-app/lib/network-stack.js';
import { deterministicAppProps } from '../../examples/cdk-app/lib/app-props.js';

export const STACKS_PER_STAGE = 5;

class BenchStage extends Stage {
  constructor(scope: Construct, id: string, props: StageProps & { index: number }) {
    super(scope, id, props);
    const account = props.env?.account ?? '123456789012';
    const network = new NetworkStack(this, 'Network', { cidr: `10.${props.index % 250}.0.0/16` });
    const sharedKey = `arn:aws:kms:us-east-1:999999999999:key/0b7e9c1d-2f3a-4b5c-8d6e-${String(props.index).padStart(12, '0')}`;
    new DataStack(this, 'Data', { vpc: network.vpc, sharedNotificationKeyArn: sharedKey });
    new DataStack(this, 'Archive', { vpc: network.vpc, sharedNotificationKeyArn: sharedKey });
    new EdgeStack(this, 'Edge', {
      vpc: network.vpc,
      domainName: `tenant${props.index}.example-fintech.com`,
      certificateArn: `arn:aws:acm:us-east-1:${account}:certificate/00000000-0000-0000-0000-${String(props.index).padStart(12, '0')}`,
      qaHttpPort: props.index % 2 === 0 ? 8080 : undefined,
    });
    new AuditStack(this, 'Audit', {});
  }
}

/** An app of `stages` stages; pass `outdir` to synthesize it. */
export function buildBenchApp(stages: number, outdir?: string): App {
  const app = new App(deterministicAppProps(outdir));
  for (let index = 0; index < stages; index += 1) {
    const account = String(100000000000 + index);
    new BenchStage(app, `Tenant${String(index + 1).padStart(2, '0')}`, {
      env: { account, region: 'us-east-1' },
      index,
    });
  }
  return app;
}
