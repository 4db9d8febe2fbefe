import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'efs-automatic-backups',
  title: 'EFS file systems have automatic backups enabled',
  severity: 'medium',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['efs-file-system'],
  rationale:
    "An EFS backup policy puts the file system in AWS Backup's default daily plan (35-day retention), so deleted " +
    'or corrupted files can be restored. File systems created through the API or CloudFormation have it off ' +
    'unless it is asked for.',
  remediation: {
    summary:
      'Turn on automatic backups (the EFS backup policy), or include the file system in an AWS Backup plan.',
    cloudformation: 'AWS::EFS::FileSystem: `BackupPolicy: { Status: ENABLED }`',
    cdk: 'new efs.FileSystem(this, "Fs", { vpc, enableAutomaticBackups: true })',
    cli: 'aws efs put-backup-policy --file-system-id <fs-id> --backup-policy Status=ENABLED',
  },
  equivalents: {
    prowler: ['efs_have_backup_enabled'],
    fsbp: ['EFS.2'],
  },
  evaluate(fileSystem) {
    const backups = fileSystem.automaticBackups;
    if (backups === undefined) return undetermined('the backup policy was not read');
    if (isUnknown(backups)) return undetermined(backups);
    return backups
      ? pass('automatic backups are enabled', { automaticBackups: true })
      : fail('automatic backups are off (no EFS backup policy)', { automaticBackups: false });
  },
});
