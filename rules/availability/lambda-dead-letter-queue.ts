import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'lambda-dead-letter-queue',
  title: 'Lambda functions keep failed asynchronous events in a dead-letter queue',
  severity: 'low',
  criteria: ['A1.2', 'CC7.2'],
  family: 'availability',
  appliesTo: ['lambda-function'],
  rationale:
    'Lambda retries an asynchronous event twice and then drops it. Without a dead-letter queue the event, and any ' +
    'trace of the failure, is lost; with one it can be inspected and replayed.',
  remediation: {
    summary: 'Give the function an SQS queue or SNS topic as its dead-letter target.',
    cloudformation: 'AWS::Lambda::Function: `DeadLetterConfig: { TargetArn: !GetAtt Dlq.Arn }`',
    cdk: 'new lambda.Function(this, "Fn", { deadLetterQueueEnabled: true, ... })',
    cli: 'aws lambda update-function-configuration --function-name <fn> --dead-letter-config TargetArn=<queue-arn>',
  },
  equivalents: {
    prowler: ['awslambda_function_no_dead_letter_queue'],
    steampipe: ['lambda_function_dead_letter_queue_configured'],
    checkov: ['CKV_AWS_116'],
    guard: ['LAMBDA_DLQ_CHECK'],
  },
  evaluate(fn) {
    if (isUnknown(fn.deadLetterTargetArn)) return undetermined(fn.deadLetterTargetArn);
    if (fn.deadLetterTargetArn === undefined) {
      return fail('the function has no dead-letter queue', { deadLetterTargetArn: null });
    }
    return pass(`failed events go to ${fn.deadLetterTargetArn}`, {
      deadLetterTargetArn: fn.deadLetterTargetArn,
    });
  },
});
