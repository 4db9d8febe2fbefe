import { defineRule } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { ExternalPolicyTargetKind } from '../../src/inventory/model.js';
import { resourcePolicyOutcome } from '../lib/public-statements.js';

/** What each kind of policy is called in messages. */
const POLICY_OF: Record<ExternalPolicyTargetKind, string> = {
  's3-bucket': 'bucket policy',
  'sqs-queue': 'queue policy',
  'sns-topic': 'topic policy',
  'secretsmanager-secret': 'resource policy',
  'lambda-function': 'permission',
};

export default defineRule({
  id: 'resource-policy-not-public',
  title: 'Resource policies set on resources outside the templates do not allow everyone',
  severity: 'high',
  criteria: ['CC6.1', 'CC6.6', 'C1.1'],
  family: 'network',
  appliesTo: ['external-resource-policy'],
  rationale:
    'A template may set the policy of a bucket, queue, topic or secret it does not create (AWS::S3::BucketPolicy, ' +
    'AWS::SQS::QueuePolicy, AWS::SNS::TopicPolicy, AWS::SecretsManager::ResourcePolicy naming an existing one), ' +
    'and add to the policy of a Lambda function it does not create (AWS::Lambda::Permission). A statement that ' +
    'allows "*" without a condition naming an account, organization or source resource requests access for ' +
    'anyone: to read or overwrite objects, read or forge messages, read the secret, or invoke the function (a ' +
    'function URL with auth type NONE from the internet). A ' +
    "bucket's Block Public Access settings, which the templates do not hold, may make S3 refuse such a policy; " +
    'the change still asks for public access, so it fails here as in cfn-nag and Checkov. Judged on templates ' +
    'only: on a live account the policy is judged on the bucket, queue, topic, secret or function itself ' +
    '(s3-public-access-blocked, sqs-queue-not-public, sns-topic-not-public, secret-not-public, ' +
    'lambda-not-public), and a policy or permission on a resource of the templates is judged there too.',
  remediation: {
    summary:
      'Name the accounts, roles or services the policy is for, and confine service principals with aws:SourceArn / aws:SourceAccount (or everyone with aws:PrincipalOrgID), instead of "*".',
    cloudformation:
      'AWS::S3::BucketPolicy / AWS::SQS::QueuePolicy / AWS::SNS::TopicPolicy: `PolicyDocument` statements with `Principal: { AWS: arn:aws:iam::111122223333:root }`, or `Principal: "*"` with `Condition: { StringEquals: { aws:PrincipalOrgID: o-xxxxxxxxxx } }`; AWS::Lambda::Permission: a specific `Principal` and `SourceArn`/`SourceAccount`',
    cdk: 'bucket.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AccountPrincipal("111122223333")], actions: ["s3:GetObject"], resources: [bucket.arnForObjects("*")] }))',
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://policy.json (aws sqs set-queue-attributes, aws sns set-topic-attributes for queues and topics)',
  },
  equivalents: {
    checkov: ['CKV_AWS_70'],
    cfnNag: ['F13', 'F16', 'F18', 'F21'],
  },
  sources: ['template'],
  evaluate(policy) {
    const what = POLICY_OF[policy.targetKind];
    const named = policy.targets.map((target) =>
      isUnknown(target) ? `an unresolved target (${target.reason})` : target,
    );
    const on = `${what} on ${named.join(', ')}, not a resource of the scanned templates`;
    const outcome = resourcePolicyOutcome(policy.policyStatements, '');
    const evidence = {
      ...outcome.evidence,
      targetKind: policy.targetKind,
      targets: policy.targets.map((target) => (isUnknown(target) ? null : target)),
    };
    const blockPublicAccess =
      outcome.status === 'FAIL' && policy.targetKind === 's3-bucket'
        ? "; the bucket's Block Public Access settings, not in the templates, decide whether S3 accepts it"
        : '';
    return { ...outcome, message: `${on}: ${outcome.message}${blockPublicAccess}`, evidence };
  },
});
