import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 's3-object-lock',
  title: 'S3 buckets have Object Lock enabled',
  severity: 'low',
  criteria: ['A1.2', 'C1.1'],
  family: 'availability',
  appliesTo: ['s3-bucket'],
  rationale:
    'Object Lock stores objects write-once-read-many: within the retention period no one, not even an ' +
    'administrator with stolen credentials (in compliance mode), can overwrite or delete them. It is how backups, ' +
    'audit logs and records are kept immutable. It is expected for buckets holding such data; others can suppress it.',
  remediation: {
    summary:
      'Enable Object Lock (possible on existing buckets since 2023) and set a default retention fitting the data.',
    cloudformation:
      'AWS::S3::Bucket: `ObjectLockEnabled: true`, `ObjectLockConfiguration: { ObjectLockEnabled: Enabled, Rule: { DefaultRetention: { Mode: GOVERNANCE, Days: 365 } } }`',
    cdk: 'new s3.Bucket(this, "B", { objectLockEnabled: true, objectLockDefaultRetention: s3.ObjectLockRetention.governance(Duration.days(365)) })',
    cli: 'aws s3api put-object-lock-configuration --bucket <bucket> --object-lock-configuration \'{"ObjectLockEnabled": "Enabled"}\'',
  },
  equivalents: {
    prowler: ['s3_bucket_object_lock'],
    steampipe: ['s3_bucket_object_lock_enabled'],
    fsbp: ['S3.15'],
  },
  evaluate(bucket) {
    const locked = bucket.objectLockEnabled;
    if (locked === undefined) return undetermined('the Object Lock setting was not read');
    if (isUnknown(locked)) return undetermined(locked);
    return locked
      ? pass('Object Lock is enabled', { objectLockEnabled: true })
      : fail('Object Lock is not enabled', { objectLockEnabled: false });
  },
});
