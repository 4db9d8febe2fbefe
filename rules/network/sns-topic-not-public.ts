import { defineRule } from '../../src/engine/rule.js';
import { policySetElsewhere } from '../lib/attachable-elsewhere.js';
import { resourcePolicyOutcome } from '../lib/public-statements.js';

export default defineRule({
  id: 'sns-topic-not-public',
  title: 'SNS topic policies do not allow everyone',
  severity: 'high',
  criteria: ['CC6.1', 'C1.1'],
  family: 'network',
  appliesTo: ['sns-topic'],
  rationale:
    'A topic policy statement that allows "*" without a condition naming an account, organization or source ' +
    'resource lets any AWS principal publish forged notifications to every subscriber, or subscribe an ' +
    'endpoint of its own and receive what the topic delivers. The default policy SNS writes (the owner ' +
    'account, through aws:SourceOwner) is not public.',
  remediation: {
    summary:
      'Name the accounts or services that publish and subscribe, and confine service principals with aws:SourceArn / aws:SourceAccount, instead of "*".',
    cloudformation:
      'AWS::SNS::TopicPolicy: `PolicyDocument` statements with named principals, or `Principal: { Service: ... }` and an aws:SourceAccount condition',
    cdk: 'topic.grantPublish(new iam.AccountPrincipal("111122223333"))',
    cli: 'aws sns set-topic-attributes --topic-arn <arn> --attribute-name Policy --attribute-value file://policy.json',
  },
  equivalents: {
    checkov: ['CKV_AWS_169'],
    prowler: ['sns_topics_not_publicly_accessible'],
    steampipe: ['sns_topic_policy_prohibit_public_access'],
    fsbp: ['SNS.4'],
  },
  evaluate(topic) {
    return policySetElsewhere(
      topic,
      resourcePolicyOutcome(topic.policyStatements, 'topic policy'),
      'topic policy',
    );
  },
});
