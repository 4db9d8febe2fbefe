import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown, unknown, type Unknown } from '../../src/inventory/maybe.js';
import type { S3Bucket } from '../../src/inventory/model.js';
import {
  isEveryonePrincipal,
  onlyInsecureTransport,
  statementsOf,
  stringsOf,
  unknownInside,
  usesNegatedElements,
  type Statement,
} from '../lib/policy-conditions.js';

/** IAM wildcards over a whole ARN: `*` any run of characters, `?` one. */
function globMatches(pattern: string, value: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(value);
}

const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'];
/** Two names no bucket pattern singles out: a pattern matching both matches whatever the bucket is called. */
const ANY_NAMES = ['a', 'z0-any-bucket.name'];

/** A template's `!GetAtt Bucket.Arn` of this very bucket (the evaluated reference keeps its target). */
function isOwnArnReference(item: unknown, bucket: S3Bucket): boolean {
  if (typeof item !== 'object' || item === null) return false;
  const reference = item as { id?: unknown; attribute?: unknown };
  return reference.id === bucket.id && reference.attribute === 'Arn';
}

/**
 * Whether the statement's Resource covers the bucket and every object in it.
 * A literal pattern is judged against the bucket's name (any name when the
 * template does not fix it); a Resource that did not resolve cannot be judged.
 */
function coversBucketAndObjects(resource: unknown, bucket: S3Bucket): boolean | Unknown {
  if (resource === undefined) return false;
  if (isUnknown(resource)) return unknown(`the Resource of the Deny did not resolve: ${resource.reason}`);
  const items = Array.isArray(resource) ? (resource as unknown[]) : [resource];
  // S3 accepts a bucket policy only when its resources are that bucket's: a template bucket is the
  // one its policy names literally, if it names exactly one (its model name may be a Name tag).
  const written = new Set(
    items.flatMap((item) => {
      const name = typeof item === 'string' ? /^arn:[^:]+:s3:::([^/*?]+)(\/|$)/.exec(item)?.[1] : undefined;
      return name === undefined ? [] : [name];
    }),
  );
  const name = written.size === 1 ? [...written][0] : bucket.name;
  // Each bucket it could be, with the ARNs it may have (its partition is unknown in a template).
  const buckets: string[][] = bucket.arn
    ? [[bucket.arn]]
    : (name !== undefined ? [name] : ANY_NAMES).map((candidate) =>
        PARTITIONS.map((partition) => `arn:${partition}:s3:::${candidate}`),
      );
  const matches = (pattern: string, suffix: string) =>
    buckets.every((arns) => arns.some((arn) => globMatches(pattern, `${arn}${suffix}`)));
  let bucketCovered = false;
  let objectsCovered = false;
  let unresolved = false;
  for (const item of items) {
    if (isOwnArnReference(item, bucket)) {
      bucketCovered = true;
      continue;
    }
    if (typeof item !== 'string') {
      // An expression over the bucket (`!Sub "${Bucket.Arn}/*"`) that did not resolve: taken as written for it.
      unresolved = true;
      continue;
    }
    if (matches(item, '')) bucketCovered = true;
    // Every object: a pattern ending in * that matches already at the bucket's ARN and `/`.
    if (item.endsWith('*') && matches(item, '/') && matches(item, '/any/key.txt')) objectsCovered = true;
  }
  if (bucketCovered && objectsCovered) return true;
  if (!unresolved) return false;
  if (bucketCovered || objectsCovered) return true;
  return unknown('the Resource of the Deny did not resolve, so whether it covers the bucket is not known');
}

/** Deny, to everyone, of every S3 action on the bucket and its objects, when (and only when) aws:SecureTransport is false. */
function deniesPlainHttp(statement: Statement, bucket: S3Bucket): boolean | Unknown {
  const deciding = unknownInside([
    statement.Effect,
    statement.Principal,
    statement.Action,
    statement.Condition,
  ]);
  if (deciding) return deciding;
  if (statement.Effect !== 'Deny' || !isEveryonePrincipal(statement.Principal)) return false;
  if (usesNegatedElements(statement)) return false;
  const actions = stringsOf(statement.Action).map((action) => action.toLowerCase());
  if (!actions.includes('s3:*') && !actions.includes('*')) return false;
  if (!onlyInsecureTransport(statement.Condition)) return false;
  return coversBucketAndObjects(statement.Resource, bucket);
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
      const denies = deniesPlainHttp(statement, bucket);
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
