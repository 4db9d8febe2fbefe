import { defineRule } from '../../src/engine/rule.js';
import { policySetElsewhere } from '../lib/attachable-elsewhere.js';
import { resourcePolicyOutcome } from '../lib/public-statements.js';

export default defineRule({
  id: 'sqs-queue-not-public',
  title: 'SQS queue policies do not allow everyone',
  severity: 'high',
  criteria: ['CC6.1', 'C1.1'],
  family: 'network',
  appliesTo: ['sqs-queue'],
  rationale:
    'Messages carry payloads such as orders, events and personal data. A queue policy statement that allows "*" ' +
    'without a condition naming an account, organization or source resource lets any AWS principal read and ' +
    'delete messages, or send forged ones that consumers trust. A queue without a policy is reachable only ' +
    'through IAM policies of its own account.',
  remediation: {
    summary:
      'Name the accounts or services that use the queue, and confine service principals with aws:SourceArn / aws:SourceAccount, instead of "*".',
    cloudformation:
      'AWS::SQS::QueuePolicy: `PolicyDocument` statements with `Principal: { Service: sns.amazonaws.com }` and an aws:SourceArn condition naming the topic',
    cdk: 'queue.grantSendMessages(new iam.AccountPrincipal("111122223333"))',
    cli: 'aws sqs set-queue-attributes --queue-url <url> --attributes file://policy-attributes.json',
  },
  equivalents: {
    checkov: ['CKV_AWS_168'],
    prowler: ['sqs_queues_not_publicly_accessible'],
    steampipe: ['sqs_queue_policy_prohibit_public_access'],
    fsbp: ['SQS.3'],
  },
  evaluate(queue) {
    return policySetElsewhere(
      queue,
      resourcePolicyOutcome(queue.policyStatements, 'queue policy'),
      'queue policy',
    );
  },
});
