import { defineRule } from '../../src/engine/rule.js';
import { evaluateDataEvents } from '../lib/data-events.js';

export default defineRule({
  id: 'cloudtrail-s3-data-events',
  title: 'CloudTrail records S3 object-level read and write events',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['cloudtrail-trail'],
  rationale:
    'Management events show who changed a bucket, not who read or wrote its objects. S3 data events record ' +
    'each GetObject and PutObject with the caller, which is what tells which data left after a credential leak. ' +
    'Both basic and advanced event selectors are read; a selector narrowed to some buckets or some events covers ' +
    'only part of the data. A trail without them is not applicable when another multi-region trail of the ' +
    'account records them.',
  remediation: {
    summary:
      'Add an advanced event selector recording all S3 object data events (read and write) to a multi-region trail.',
    cloudformation:
      'AWS::CloudTrail::Trail: `AdvancedEventSelectors: [{ FieldSelectors: [{ Field: eventCategory, Equals: [Data] }, { Field: resources.type, Equals: ["AWS::S3::Object"] }] }]`',
    cdk: 'trail.logAllS3DataEvents()',
    cli: 'aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors \'[{"FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]}]}]\'',
  },
  equivalents: {
    prowler: ['cloudtrail_s3_dataevents_read_enabled', 'cloudtrail_s3_dataevents_write_enabled'],
    steampipe: ['cloudtrail_s3_data_events_enabled'],
    fsbp: ['S3.22', 'S3.23'],
  },
  evaluate(trail, inventory) {
    return evaluateDataEvents(trail, inventory, {
      resourceTypes: ['AWS::S3::Object'],
      label: 'S3 object',
      directions: ['read', 'write'],
    });
  },
});
