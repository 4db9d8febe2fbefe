import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

const PENDING = new Set(['PendingDeletion', 'PendingReplicaDeletion']);

export default defineRule({
  id: 'kms-key-not-pending-deletion',
  title: 'KMS keys are not scheduled for deletion',
  severity: 'high',
  criteria: ['CC6.1', 'A1.2'],
  family: 'encryption',
  appliesTo: ['kms-key'],
  sources: ['live'],
  rationale:
    'Once a KMS key is deleted, every piece of data encrypted under it (volumes, snapshots, backups, objects) ' +
    'can never be decrypted again. A key pending deletion is still recoverable during its 7 to 30 day waiting ' +
    'period, so a scheduled deletion must be a deliberate, reviewed decision. A template cannot show this state.',
  remediation: {
    summary:
      'If the deletion was not intended, cancel it and re-enable the key; alert on kms:ScheduleKeyDeletion.',
    cli: 'aws kms cancel-key-deletion --key-id <key-id> && aws kms enable-key --key-id <key-id>',
  },
  equivalents: {
    prowler: ['kms_cmk_not_deleted_unintentionally'],
    steampipe: ['kms_key_not_pending_deletion'],
    fsbp: ['KMS.3'],
  },
  evaluate(key) {
    const state = key.keyState;
    if (state === undefined) return undetermined('the key state was not read');
    if (isUnknown(state)) return undetermined(state);
    return PENDING.has(state)
      ? fail(
          `the key is ${state === 'PendingDeletion' ? 'scheduled for deletion' : 'pending replica deletion'}`,
          {
            keyState: state,
          },
        )
      : pass(`the key state is ${state}`, { keyState: state });
  },
});
