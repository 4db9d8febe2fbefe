import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'dynamodb-deletion-protection',
  title: 'DynamoDB tables have deletion protection enabled',
  severity: 'medium',
  criteria: ['A1.2', 'C1.1'],
  family: 'availability',
  appliesTo: ['dynamodb-table'],
  rationale:
    'Deleting a DynamoDB table deletes its data and its point-in-time recovery window with it. Deletion ' +
    'protection makes DeleteTable fail until someone turns it off on purpose, so a mistaken stack update, ' +
    'script or console click cannot drop production data. For a global table every replica needs it.',
  remediation: {
    summary: 'Enable deletion protection on the table (every replica of a global table).',
    cloudformation:
      'AWS::DynamoDB::Table: `DeletionProtectionEnabled: true`; AWS::DynamoDB::GlobalTable: `DeletionProtectionEnabled: true` on each replica',
    cdk: 'new dynamodb.TableV2(this, "T", { partitionKey, deletionProtection: true })',
    cli: 'aws dynamodb update-table --table-name <table> --deletion-protection-enabled',
  },
  equivalents: {
    prowler: ['dynamodb_table_deletion_protection_enabled'],
    steampipe: ['dynamodb_table_deletion_protection_enabled'],
    fsbp: ['DynamoDB.6'],
  },
  evaluate(table) {
    const protection = table.deletionProtection;
    if (protection === undefined) return undetermined('deletion protection was not read');
    if (isUnknown(protection)) return undetermined(protection);
    return protection
      ? pass('deletion protection is enabled', { deletionProtection: true })
      : fail('deletion protection is disabled: DeleteTable succeeds without a second step', {
          deletionProtection: false,
        });
  },
});
