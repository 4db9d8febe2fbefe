import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import type { Inventory } from '../../src/inventory/inventory.js';
import { isUnknown, unknown, type Maybe } from '../../src/inventory/maybe.js';
import type { S3Bucket } from '../../src/inventory/model.js';

const SAME_REGION = Symbol('same region');

/**
 * The region of a replication destination (an ARN, or a template bucket's
 * inventory id); SAME_REGION for a bucket of the same template stack, which
 * is deployed in one region.
 */
function destinationRegion(
  source: S3Bucket,
  destination: string,
  inventory: Inventory,
): Maybe<string | typeof SAME_REGION> {
  const name = destination.startsWith('arn:') ? destination.replace(/^arn:[^:]+:s3:::/, '') : destination;
  const bucket =
    inventory.find('s3-bucket', destination) ??
    inventory.ofType('s3-bucket').find((candidate) => candidate.name === name || candidate.id === name);
  if (isUnknown(bucket)) return bucket;
  if (
    // One stack deploys to one region: the same stack places both buckets together.
    bucket !== undefined &&
    'stack' in bucket.origin &&
    'stack' in source.origin &&
    bucket.origin.stack === source.origin.stack &&
    bucket.region === source.region
  )
    return SAME_REGION;
  if (bucket?.region === undefined) {
    return unknown(
      `the region of destination bucket ${name} is unknown (it is not in the scanned inventory)`,
    );
  }
  return bucket.region;
}

export default defineRule({
  id: 's3-cross-region-replication',
  title: 'S3 buckets replicate to another region',
  severity: 'low',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['s3-bucket'],
  reads: ['s3-bucket'],
  rationale:
    'A copy of the objects in a second region keeps the data available when a whole region is impaired, and ' +
    'gives a second copy under separate control. Only an enabled rule whose destination is known to be in ' +
    'another region counts. Expected for buckets holding data the business must recover; others can suppress it.',
  remediation: {
    summary: 'Enable versioning on both buckets and add a replication rule to a bucket in another region.',
    cloudformation:
      'AWS::S3::Bucket: `ReplicationConfiguration: { Role: !GetAtt ReplicationRole.Arn, Rules: [{ Status: Enabled, Destination: { Bucket: <arn of a bucket in another region> } }] }`',
    cdk: 'new s3.Bucket(this, "B", { versioned: true, replicationRules: [{ destination: otherRegionBucket, priority: 1 }] })',
    cli: 'aws s3api put-bucket-replication --bucket <bucket> --replication-configuration file://replication.json',
  },
  equivalents: {
    checkov: ['CKV_AWS_144'],
    cdkNag: ['NIST.800.53.R5-S3BucketReplicationEnabled'],
    prowler: ['s3_bucket_cross_region_replication'],
    steampipe: ['s3_bucket_cross_region_replication_enabled'],
    fsbp: ['S3.7'],
  },
  evaluate(bucket, inventory) {
    const replication = bucket.replication;
    if (replication === undefined) return undetermined('the replication configuration was not read');
    if (isUnknown(replication)) return undetermined(replication);
    if (replication.rules.length === 0) return fail('the bucket has no replication configuration');
    let undecided: string | undefined;
    for (const rule of replication.rules) {
      if (rule.enabled === false) continue;
      if (isUnknown(rule.enabled)) {
        undecided ??= rule.enabled.reason;
        continue;
      }
      if (isUnknown(rule.destinationBucket)) {
        undecided ??= rule.destinationBucket.reason;
        continue;
      }
      const region = destinationRegion(bucket, rule.destinationBucket, inventory);
      if (isUnknown(region)) {
        undecided ??= region.reason;
        continue;
      }
      if (region === SAME_REGION) continue;
      if (bucket.region !== undefined && region !== bucket.region) {
        return pass(`objects replicate to ${rule.destinationBucket} in ${region}`, {
          destinationBucket: rule.destinationBucket,
          destinationRegion: region,
        });
      }
      if (bucket.region === undefined) undecided ??= 'the region of the bucket itself is unknown';
    }
    if (undecided) return undetermined(`no replication rule is known to cross regions: ${undecided}`);
    return fail('no enabled replication rule copies objects to another region', {
      rules: replication.rules.length,
    });
  },
});
