import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown, type Unknown } from '../../src/inventory/maybe.js';
import {
  appliesToInsecureTransport,
  isEveryonePrincipal,
  statementsOf,
  stringsOf,
  unknownInside,
  type Statement,
} from '../lib/policy-conditions.js';

/** Deny, to everyone, of every S3 action, when aws:SecureTransport is false. */
function deniesPlainHttp(statement: Statement): boolean | Unknown {
  const deciding = unknownInside([
    statement.Effect,
    statement.Principal,
    statement.Action,
    statement.Condition,
  ]);
  if (deciding) return deciding;
  if (statement.Effect !== 'Deny' || !isEveryonePrincipal(statement.Principal)) return false;
  const actions = stringsOf(statement.Action).map((action) => action.toLowerCase());
  if (!actions.includes('s3:*') && !actions.includes('*')) return false;
  return appliesToInsecureTransport(statement.Condition);
}

export default defineRule({
  id: 's3-bucket-enforces-tls',
  title: 'S3 bucket policies deny requests that do not use TLS',
  severity: 'medium',
  criteria: ['CC6.7', 'CC6.1'],
  family: 'tls',
  appliesTo: ['s3-bucket'],
  rationale:
    'S3 answers plain HTTP as well as HTTPS. Only a bucket policy statement that denies every S3 action to ' +
    'everyone when `aws:SecureTransport` is false makes sure data never travels to or from the bucket ' +
    'unencrypted, whatever client or SDK setting is used.',
  remediation: {
    summary:
      'Add a bucket policy statement: Effect Deny, Principal "*", Action "s3:*", Resource the bucket and its objects, Condition {"Bool": {"aws:SecureTransport": "false"}}.',
    cloudformation:
      'AWS::S3::BucketPolicy with a statement `{Effect: Deny, Principal: "*", Action: "s3:*", Resource: [!GetAtt B.Arn, !Sub "${B.Arn}/*"], Condition: {Bool: {"aws:SecureTransport": false}}}`',
    cdk: 'new s3.Bucket(this, "B", { enforceSSL: true })',
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://deny-insecure-transport.json',
  },
  equivalents: {
    checkov: ['CKV_AWS_379'],
    cdkNag: ['AwsSolutions-S10', 'NIST.800.53.R5-S3BucketSSLRequestsOnly'],
    guard: ['S3_BUCKET_SSL_REQUESTS_ONLY'],
    prowler: ['s3_bucket_secure_transport_policy'],
    steampipe: ['s3_bucket_enforces_ssl'],
    fsbp: ['S3.5'],
  },
  evaluate(bucket) {
    const policy = bucket.policy;
    if (isUnknown(policy)) return undetermined(policy);
    if (policy === undefined) return fail('the bucket has no bucket policy, so plain HTTP is allowed');
    const statements = statementsOf(policy);
    if (isUnknown(statements)) return undetermined(statements);
    let undecided: Unknown | undefined;
    for (const [position, statement] of statements.entries()) {
      const denies = deniesPlainHttp(statement);
      if (denies === true) {
        return pass('the bucket policy denies every request made without TLS', {
          statement: typeof statement.Sid === 'string' ? statement.Sid : `statement ${position + 1}`,
        });
      }
      if (isUnknown(denies)) undecided ??= denies;
    }
    if (undecided) return undetermined(`a policy statement could not be read: ${undecided.reason}`);
    return fail('no bucket policy statement denies requests with aws:SecureTransport false');
  },
});
