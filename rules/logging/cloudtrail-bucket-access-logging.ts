import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'cloudtrail-bucket-access-logging',
  title: 'The S3 bucket CloudTrail delivers to has server access logging',
  severity: 'low',
  criteria: ['CC7.2', 'CC6.1'],
  family: 'logging',
  appliesTo: ['cloudtrail-trail'],
  reads: ['s3-bucket'],
  rationale:
    'The trail bucket holds the evidence of everything done in the account; whoever reads or deletes its log ' +
    'files should leave a trace too. Server access logging on that bucket records each access to the trail logs. ' +
    'A bucket outside the scanned account or stacks (a central logging account) cannot be judged here.',
  remediation: {
    summary: "Enable server access logging on the trail's bucket, to a separate log bucket.",
    cloudformation:
      'AWS::S3::Bucket (the trail bucket): `LoggingConfiguration: { DestinationBucketName: !Ref AccessLogBucket }`',
    cdk: 'new s3.Bucket(this, "TrailBucket", { serverAccessLogsBucket: accessLogBucket })',
    cli: 'aws s3api put-bucket-logging --bucket <trail-bucket> --bucket-logging-status file://logging.json',
  },
  equivalents: {
    prowler: ['cloudtrail_logs_s3_bucket_access_logging_enabled'],
    steampipe: ['cloudtrail_s3_logging_enabled'],
    fsbp: ['CloudTrail.7'],
  },
  evaluate(trail, inventory) {
    const name = trail.s3BucketName;
    if (name === undefined) return undetermined("the trail's bucket was not read");
    if (isUnknown(name)) return undetermined(name);
    const found = inventory.find('s3-bucket', name);
    const bucket =
      found ??
      inventory.ofType('s3-bucket').find((candidate) => candidate.name === name || candidate.id === name);
    if (isUnknown(bucket)) return undetermined(bucket);
    if (bucket === undefined)
      return undetermined(`trail bucket ${name} is not in the scanned inventory (another account or stack)`);
    const logging = bucket.accessLogging;
    if (logging === undefined) return undetermined(`the logging setting of bucket ${name} was not read`);
    if (isUnknown(logging)) return undetermined(logging);
    const evidence = { bucket: bucket.name ?? name, accessLogging: logging.enabled };
    return logging.enabled
      ? pass(`trail bucket ${bucket.name ?? name} has server access logging`, evidence)
      : fail(`trail bucket ${bucket.name ?? name} has no server access logging`, evidence);
  },
});
