import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'lambda-reserved-concurrency',
  title: 'Lambda functions have a concurrency limit',
  severity: 'low',
  criteria: ['A1.1'],
  family: 'availability',
  appliesTo: ['lambda-function'],
  rationale:
    'All functions of a region share one concurrency pool. One function flooded with events can take all of it ' +
    'and throttle every other function; reserved concurrency caps it and guarantees it its share.',
  remediation: {
    summary: 'Set reserved concurrency on the function, sized to its expected peak.',
    cloudformation: 'AWS::Lambda::Function: `ReservedConcurrentExecutions: 50`',
    cdk: 'new lambda.Function(this, "Fn", { reservedConcurrentExecutions: 50, ... })',
    cli: 'aws lambda put-function-concurrency --function-name <fn> --reserved-concurrent-executions 50',
  },
  equivalents: {
    steampipe: ['lambda_function_concurrent_execution_limit_configured'],
    checkov: ['CKV_AWS_115'],
    guard: ['LAMBDA_CONCURRENCY_CHECK'],
  },
  evaluate(fn) {
    if (isUnknown(fn.reservedConcurrency)) return undetermined(fn.reservedConcurrency);
    if (fn.reservedConcurrency === undefined) {
      return fail('no concurrency is reserved: the function draws on the shared pool without a limit', {
        reservedConcurrency: null,
      });
    }
    return pass(`${fn.reservedConcurrency} concurrent executions reserved`, {
      reservedConcurrency: fn.reservedConcurrency,
    });
  },
});
