/**
 * A SaaS fintech's CDK app, synthesized into ./cdk.out for the examples and
 * tests. `npm run synth:example` regenerates it; the output is deterministic
 * (fixed accounts and region, no analytics, no tree metadata, no
 * validation report with stack traces).
 */
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { App } from 'aws-cdk-lib';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { FintechStage } from './lib/fintech-stage.js';
import { deterministicAppProps } from './lib/app-props.js';

export const EXAMPLE_CDK_OUT = fileURLToPath(new URL('./cdk.out', import.meta.url));

const REGION = 'us-east-1';
const SECURITY_ACCOUNT = '999999999999';

export function synthExampleApp(outdir: string = EXAMPLE_CDK_OUT): CloudAssembly {
  rmSync(outdir, { recursive: true, force: true });
  // Acknowledgement metadata carries a stack trace with absolute paths; keep the output machine-independent.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return buildApp(outdir).synth();
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function buildApp(outdir: string): App {
  const app = new App(deterministicAppProps(outdir));
  new FintechStage(app, 'Staging', {
    env: { account: '111111111111', region: REGION },
    cidr: '10.10.0.0/16',
    domainName: 'app.staging.example-fintech.com',
    certificateArn: `arn:aws:acm:${REGION}:111111111111:certificate/5f2c1a8e-staging-0000-0000-000000000001`,
    sharedNotificationKeyArn: `arn:aws:kms:${REGION}:${SECURITY_ACCOUNT}:key/0b7e9c1d-2f3a-4b5c-8d6e-7f8091a2b3c4`,
    qaHttpPort: 8080,
  });
  new FintechStage(app, 'Prod', {
    env: { account: '222222222222', region: REGION },
    cidr: '10.20.0.0/16',
    domainName: 'app.example-fintech.com',
    certificateArn: `arn:aws:acm:${REGION}:222222222222:certificate/9a4d3b2c-prod-0000-0000-000000000002`,
    sharedNotificationKeyArn: `arn:aws:kms:${REGION}:${SECURITY_ACCOUNT}:key/0b7e9c1d-2f3a-4b5c-8d6e-7f8091a2b3c4`,
  });
  return app;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const assembly = synthExampleApp();
  console.log(`synthesized ${assembly.directory}`);
}
