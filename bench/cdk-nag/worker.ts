/**
 * One cdk-nag 3 measurement in its own process (so peak RSS is this
 * measurement's): `tsx bench/cdk-nag/worker.ts app <stages>` checks the
 * benchmark CDK app, `... include <template>` checks a template through
 * CfnInclude. Prints one JSON line.
 */
import { App, Stack } from 'aws-cdk-lib';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import { NIST80053R5Checks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { buildBenchApp } from './app.js';

export interface CdkNagMeasurement {
  /** Building the construct tree (the app, or CfnInclude parsing the template). */
  constructMs: number;
  /** `NIST80053R5Checks.validateScope` alone. */
  validateMs: number;
  violations: number;
  violatingResources: number;
  maxRssKb: number;
}

function constructApp(mode: string, target: string): IConstruct {
  if (mode === 'app') return buildBenchApp(Number(target));
  if (mode === 'include') {
    const app = new App({ analyticsReporting: false, builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Included', { env: { account: '123456789012', region: 'us-east-1' } });
    new CfnInclude(stack, 'Template', { templateFile: target });
    return app;
  }
  throw new Error(`unknown mode ${mode}: use "app <stages>" or "include <template>"`);
}

function measure(mode: string, target: string): CdkNagMeasurement {
  const started = performance.now();
  const scope = constructApp(mode, target);
  const constructed = performance.now();
  const report = new NIST80053R5Checks().validateScope(scope);
  const validated = performance.now();
  const resources = new Set(
    report.violations.flatMap((violation) =>
      violation.violatingResources.map((resource) => resource.constructPath ?? resource.resourceLogicalId),
    ),
  );
  return {
    constructMs: constructed - started,
    validateMs: validated - constructed,
    violations: report.violations.length,
    violatingResources: resources.size,
    maxRssKb: process.resourceUsage().maxRSS,
  };
}

const [mode, target] = process.argv.slice(2);
if (mode === undefined || target === undefined) {
  process.stderr.write('usage: worker.ts app <stages> | include <template>\n');
  process.exitCode = 2;
} else {
  process.stdout.write(`${JSON.stringify(measure(mode, target))}\n`);
}
