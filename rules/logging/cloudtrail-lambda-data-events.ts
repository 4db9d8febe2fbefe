import { defineRule } from '../../src/engine/rule.js';
import { evaluateDataEvents } from '../lib/data-events.js';

export default defineRule({
  id: 'cloudtrail-lambda-data-events',
  title: 'CloudTrail records Lambda invocation data events',
  severity: 'low',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['cloudtrail-trail'],
  rationale:
    'Management events record changes to functions, not their invocations. Lambda data events record every ' +
    'Invoke call and its caller, so an invocation by a stolen credential can be traced. A trail without them is ' +
    'not applicable when another multi-region trail of the account records them.',
  remediation: {
    summary: 'Add an event selector recording data events for all Lambda functions to a multi-region trail.',
    cloudformation:
      'AWS::CloudTrail::Trail: `AdvancedEventSelectors: [{ FieldSelectors: [{ Field: eventCategory, Equals: [Data] }, { Field: resources.type, Equals: ["AWS::Lambda::Function"] }] }]`',
    cdk: 'trail.logAllLambdaDataEvents()',
    cli: 'aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors \'[{"FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::Lambda::Function"]}]}]\'',
  },
  equivalents: {
    prowler: ['awslambda_function_invoke_api_operations_cloudtrail_logging_enabled'],
    steampipe: ['lambda_function_cloudtrail_logging_enabled'],
  },
  evaluate(trail, inventory) {
    return evaluateDataEvents(trail, inventory, {
      resourceTypes: ['AWS::Lambda::Function'],
      label: 'Lambda invocation',
      directions: ['write'],
    });
  },
});
