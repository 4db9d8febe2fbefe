import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'dynamodb-point-in-time-recovery',
  title: 'DynamoDB tables have point-in-time recovery enabled',
  severity: 'medium',
  criteria: ['A1.2', 'A1.3'],
  family: 'availability',
  appliesTo: ['dynamodb-table'],
  rationale:
    'Point-in-time recovery keeps continuous backups, so a table can be restored to any second of the recovery ' +
    'window after a bad write, a faulty migration or a deletion of items. Without it, data changed by mistake ' +
    'is gone unless another backup happens to exist. For a global table every replica needs it.',
  remediation: {
    summary: 'Enable point-in-time recovery on the table (every replica of a global table).',
    cloudformation:
      'AWS::DynamoDB::Table: `PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }` (GlobalTable: on each replica)',
    cdk: 'new dynamodb.TableV2(this, "T", { partitionKey, pointInTimeRecovery: true })',
    cli: 'aws dynamodb update-continuous-backups --table-name <table> --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
  },
  equivalents: {
    checkov: ['CKV_AWS_28'],
    cdkNag: ['AwsSolutions-DDB3', 'NIST.800.53.R5-DynamoDBPITREnabled'],
    guard: ['DYNAMODB_PITR_ENABLED'],
    prowler: ['dynamodb_tables_pitr_enabled'],
    steampipe: ['dynamodb_table_point_in_time_recovery_enabled'],
    fsbp: ['DynamoDB.2'],
  },
  evaluate(table) {
    const pitr = table.pointInTimeRecovery;
    if (pitr === undefined) return undetermined('the point-in-time recovery setting was not read');
    if (isUnknown(pitr)) return undetermined(pitr);
    return pitr
      ? pass('point-in-time recovery is enabled', { pointInTimeRecovery: true })
      : fail('point-in-time recovery is disabled', { pointInTimeRecovery: false });
  },
});
