import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'iam-group-not-empty',
  title: 'No IAM group is empty',
  severity: 'low',
  criteria: ['CC6.2', 'CC6.3'],
  family: 'identity',
  appliesTo: ['iam-group'],
  rationale:
    'An empty group is unused access waiting to be granted: adding a user to it later bypasses whatever review ' +
    'created it. Groups nobody is in should be deleted, so the list an access review reads is the access in use.',
  remediation: {
    summary: 'Delete the group, or add the users it was created for.',
    cli: 'aws iam delete-group --group-name <group> (after detaching its policies)',
  },
  equivalents: {
    steampipe: ['iam_group_not_empty'],
  },
  evaluate(group) {
    if (isUnknown(group.memberNames)) return undetermined(group.memberNames);
    const members = group.memberNames;
    return members.length > 0
      ? pass(`${members.length} member(s)`, { members })
      : fail('the group has no members', { members: [] });
  },
});
