import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import type { Inventory } from '../../src/inventory/inventory.js';
import { isUnknown, type Unknown } from '../../src/inventory/maybe.js';
import type { Resource } from '../../src/inventory/model.js';
import { selects } from '../lib/backup-selection.js';

/** Data stores AWS Backup can back up (and EC2 instances, whose volumes it images), whose backup this rule asks for. */
const DATA_STORES = [
  'rds-db-instance',
  'rds-db-cluster',
  'dynamodb-table',
  'efs-file-system',
  'ebs-volume',
  'fsx-file-system',
  'ec2-instance',
] as const;

/**
 * A recovery point of the resource (live) or a selection that assigns it to a
 * plan (templates). Each source yields only one of the two types; both are
 * declared in `reads`, and `ofType` withholds a PASS over a gap in either.
 */
function protection(
  resource: Resource,
  inventory: Inventory,
): { by: string; undecided?: undefined } | { by?: undefined; undecided?: Unknown } {
  let undecided: Unknown | undefined;
  for (const point of inventory.ofType('backup-protected-resource')) {
    if (point.resourceArn === resource.arn || point.resourceArn === resource.id) {
      return {
        by: `AWS Backup holds recovery points of it${point.lastBackupTime ? ` (last ${point.lastBackupTime})` : ''}`,
      };
    }
  }
  for (const selection of inventory.ofType('backup-selection')) {
    const picked = selects(selection, resource);
    const label = `backup selection ${selection.name ?? selection.id}`;
    if (isUnknown(picked)) {
      undecided ??= picked;
      continue;
    }
    if (!picked) continue;
    const condition = 'condition' in selection.origin ? selection.origin.condition : undefined;
    if (condition !== undefined) {
      undecided ??= {
        kind: 'unknown',
        reason: `${label} assigns it, but exists only if condition ${condition} holds`,
      } as Unknown;
      continue;
    }
    return { by: `${label} assigns it to a backup plan` };
  }
  return { undecided };
}

export default defineRule({
  id: 'backup-protects-data-stores',
  title: 'Data stores are backed up by an AWS Backup plan',
  severity: 'medium',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: DATA_STORES,
  reads: ['backup-protected-resource', 'backup-selection'],
  rationale:
    "AWS Backup copies a data store on a schedule into a vault that the store's own owner cannot simply delete, " +
    'with retention set once for the account. A database, table, file system, or volume no plan covers has only ' +
    'whatever snapshots its own settings make, which go when it is deleted.',
  remediation: {
    summary: "Assign the resource to a backup plan: by ARN, or by a tag the plan's selection matches.",
    cloudformation:
      'AWS::Backup::BackupSelection: `BackupPlanId: !Ref Plan`, `BackupSelection: { SelectionName, IamRoleArn, ' +
      'Resources: [!GetAtt Table.Arn] }` (or `ListOfTags: [{ ConditionType: STRINGEQUALS, ConditionKey: backup, ConditionValue: daily }]`)',
    cdk: 'plan.addSelection("Selection", { resources: [backup.BackupResource.fromDynamoDbTable(table)] })',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan> --backup-selection file://selection.json',
  },
  equivalents: {
    prowler: [
      'rds_instance_protected_by_backup_plan',
      'rds_cluster_protected_by_backup_plan',
      'dynamodb_table_protected_by_backup_plan',
      'ec2_ebs_volume_protected_by_backup_plan',
    ],
    steampipe: [
      'rds_db_instance_in_backup_plan',
      'rds_db_instance_protected_by_backup_plan',
      'rds_db_cluster_aurora_protected_by_backup_plan',
      'dynamodb_table_in_backup_plan',
      'dynamodb_table_protected_by_backup_plan',
      'efs_file_system_in_backup_plan',
      'efs_file_system_protected_by_backup_plan',
      'ebs_volume_in_backup_plan',
      'ebs_volume_protected_by_backup_plan',
      'fsx_file_system_protected_by_backup_plan',
      'ec2_instance_protected_by_backup_plan',
    ],
    guard: ['DYNAMODB_IN_BACKUP_PLAN', 'EBS_IN_BACKUP_PLAN', 'EFS_IN_BACKUP_PLAN', 'RDS_IN_BACKUP_PLAN'],
  },
  evaluate(resource, inventory) {
    if (
      resource.type === 'rds-db-instance' &&
      resource.clusterId !== undefined &&
      !isUnknown(resource.clusterId)
    ) {
      return notApplicable(`a member of cluster ${resource.clusterId}, which is backed up as a whole`);
    }
    const found = protection(resource, inventory);
    if (found.by !== undefined) return pass(found.by);
    if (found.undecided) return undetermined(found.undecided);
    const gap = [
      ...inventory.gapsFor('backup-protected-resource', resource.region),
      ...inventory.gapsFor('backup-selection', resource.region),
    ][0];
    if (gap) return undetermined(`AWS Backup could not be read: ${gap.reason}`);
    return fail(
      'no AWS Backup selection assigns it to a backup plan and AWS Backup holds no recovery point of it',
    );
  },
});
