import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'bedrock-invocation-logging',
  title: 'Bedrock model invocation logging is on in every scanned region',
  severity: 'medium',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['bedrock-region-settings'],
  sources: ['live'],
  rationale:
    'CloudTrail records that a model was invoked, not what was asked or answered. Invocation logging keeps prompts ' +
    'and responses in CloudWatch Logs or S3, the evidence needed to investigate misuse or data leaking through a ' +
    'model. It is a per-region account setting with no CloudFormation resource, so it is read from the live account only.',
  remediation: {
    summary:
      'Configure model invocation logging to a CloudWatch log group and/or an S3 bucket in each region.',
    cli: 'aws bedrock put-model-invocation-logging-configuration --logging-config \'{"cloudWatchConfig":{"logGroupName":"<group>","roleArn":"<role>"},"textDataDeliveryEnabled":true}\'',
  },
  equivalents: {
    prowler: ['bedrock_model_invocation_logging_enabled'],
  },
  evaluate(settings) {
    // Only from AWS's own list of the regions that offer Bedrock, read by the scan: nothing to configure there.
    if (settings.notOffered !== undefined) return notApplicable(settings.notOffered, { offered: false });
    if (isUnknown(settings.invocationLogging)) return undetermined(settings.invocationLogging);
    if (settings.invocationLogging === undefined) {
      return fail('model invocation logging is not configured', { invocationLogging: false });
    }
    const { cloudWatchLogGroup, s3Bucket } = settings.invocationLogging;
    const where = [
      cloudWatchLogGroup ? `log group ${cloudWatchLogGroup}` : undefined,
      s3Bucket ? `bucket ${s3Bucket}` : undefined,
    ].filter(Boolean);
    if (where.length === 0) {
      return fail('model invocation logging has no destination', { invocationLogging: false });
    }
    return pass(`model invocations are logged to ${where.join(' and ')}`, {
      cloudWatchLogGroup: cloudWatchLogGroup ?? null,
      s3Bucket: s3Bucket ?? null,
    });
  },
});
