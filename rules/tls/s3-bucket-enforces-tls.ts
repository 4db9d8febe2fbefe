import { defineRule, fail, pass, undetermined, type Outcome } from '../../src/engine/rule.js';
import { isUnknown, unknown, type Unknown } from '../../src/inventory/maybe.js';
import type { S3Bucket } from '../../src/inventory/model.js';
import { policySetElsewhere } from '../lib/attachable-elsewhere.js';
import {
  iamWildcardMatches,
  isEveryonePrincipal,
  onlyInsecureTransport,
  statementsOf,
  stringsOf,
  unknownInside,
  usesNegatedElements,
  type Statement,
} from '../lib/policy-conditions.js';

const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'];
/** Two names no bucket pattern singles out: a pattern matching both matches whatever the bucket is called. */
const ANY_NAMES = ['a', 'z0-any-bucket.name'];

/** A template's `Ref` (its name) or `!GetAtt ….Arn` of this very bucket (the evaluated reference keeps its target). */
function ownReference(item: unknown, bucket: S3Bucket): 'name' | 'arn' | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const reference = item as { id?: unknown; logicalId?: unknown; attribute?: unknown };
  if (reference.id !== bucket.id || typeof reference.logicalId !== 'string') return undefined;
  if (reference.attribute === undefined) return 'name';
  return reference.attribute === 'Arn' ? 'arn' : undefined;
}

/** A piece of a text the template builds: literal, or this bucket's name or ARN. */
type OwnTextPart = { text: string } | { own: 'name' | 'arn' };

/**
 * The pieces of a template text that embeds references (`!Sub "${Bucket.Arn}/*"`),
 * when each is literal or a reference to this bucket; undefined otherwise.
 */
function ownTextParts(item: unknown, bucket: S3Bucket): OwnTextPart[] | undefined {
  if (!isUnknown(item)) return undefined;
  const parts = (item as { parts?: unknown }).parts;
  if (!Array.isArray(parts)) return undefined;
  const pieces: OwnTextPart[] = [];
  for (const part of parts as unknown[]) {
    if (typeof part === 'string') {
      pieces.push({ text: part });
      continue;
    }
    const own = ownReference(part, bucket);
    if (own === undefined) return undefined;
    pieces.push({ own });
  }
  return pieces;
}

/** One bucket the policy's bucket could be: its name and the ARNs it may have. */
interface Candidate {
  name: string;
  arns: string[];
}

/** A Resource pattern as it reads for one candidate bucket under one of its ARNs. */
type Pattern = (candidate: Candidate, arn: string) => string;

/** The pattern of one Resource item, when it is literal or built only from this bucket's name or ARN. */
function patternOf(item: unknown, bucket: S3Bucket): Pattern | undefined {
  if (typeof item === 'string') return () => item;
  if (ownReference(item, bucket) === 'arn') return (_candidate, arn) => arn;
  const parts = ownTextParts(item, bucket);
  if (parts === undefined) return undefined;
  return (candidate, arn) =>
    parts.map((part) => ('text' in part ? part.text : part.own === 'arn' ? arn : candidate.name)).join('');
}

/**
 * Whether the statement's Resource covers the bucket and every object in it.
 * A literal pattern is judged against the bucket's name (any name when the
 * template does not fix it), as is a text built from this bucket's own name or
 * ARN; a Resource that did not resolve otherwise cannot be judged.
 */
function coversBucketAndObjects(resource: unknown, bucket: S3Bucket): boolean | Unknown {
  if (resource === undefined) return false;
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
  const candidates: Candidate[] = bucket.arn
    ? [{ name: bucket.arn.replace(/^arn:[^:]+:s3:::/, ''), arns: [bucket.arn] }]
    : (name !== undefined ? [name] : ANY_NAMES).map((candidate) => ({
        name: candidate,
        arns: PARTITIONS.map((partition) => `arn:${partition}:s3:::${candidate}`),
      }));
  /** Whether, for every candidate bucket, the pattern matches one of its ARNs followed by the suffix. */
  const matches = (pattern: Pattern, suffix: string) =>
    candidates.every((candidate) =>
      candidate.arns.some((arn) => iamWildcardMatches(pattern(candidate, arn), `${arn}${suffix}`)),
    );
  let bucketCovered = false;
  let objectsCovered = false;
  let unresolved: Unknown | undefined;
  for (const item of items) {
    const pattern = patternOf(item, bucket);
    if (pattern === undefined) {
      unresolved ??= isUnknown(item)
        ? unknown(`the Resource of the Deny did not resolve: ${item.reason}`)
        : unknown('the Resource of the Deny names something other than text or this bucket');
      continue;
    }
    if (matches(pattern, '')) bucketCovered = true;
    // Every object: a pattern ending in * that matches already at the bucket's ARN and `/`.
    const endsInWildcard: Pattern = (candidate, arn) =>
      pattern(candidate, arn).endsWith('*') ? pattern(candidate, arn) : '';
    if (matches(endsInWildcard, '/') && matches(endsInWildcard, '/any/key.txt')) objectsCovered = true;
  }
  if (bucketCovered && objectsCovered) return true;
  return unresolved ?? false;
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

/** The verdict on the bucket policy read. */
function tlsOutcome(bucket: S3Bucket): Outcome {
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
    return policySetElsewhere(bucket, tlsOutcome(bucket), 'bucket policy');
  },
});
