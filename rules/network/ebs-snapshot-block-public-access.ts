import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'ebs-snapshot-block-public-access',
  title: 'EBS snapshot block public access blocks all sharing in every region',
  severity: 'high',
  criteria: ['CC6.1', 'C1.1'],
  family: 'network',
  appliesTo: ['ec2-region-settings'],
  sources: ['live'],
  rationale:
    'Block public access for snapshots is a regional guard rail: with block-all-sharing no snapshot of the region ' +
    'can be public, whoever changes its permissions. block-new-sharing leaves snapshots that were already public ' +
    'public.',
  remediation: {
    summary: 'Enable block public access for EBS snapshots with the block-all-sharing state in every region.',
    cli: 'aws ec2 enable-snapshot-block-public-access --state block-all-sharing --region <region>',
  },
  equivalents: { prowler: ['ec2_ebs_snapshot_account_block_public_access'] },
  evaluate(settings) {
    const state = settings.snapshotBlockPublicAccess;
    if (state === undefined) return undetermined('the snapshot block public access state was not read');
    if (isUnknown(state)) return undetermined(state);
    return state === 'block-all-sharing'
      ? pass('snapshot block public access: block-all-sharing', { state })
      : fail(`snapshot block public access is ${state}`, { state });
  },
});
