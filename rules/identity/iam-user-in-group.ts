import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { principalAttachableElsewhere, principalField } from '../lib/iam-policies.js';

export default defineRule({
  id: 'iam-user-in-group',
  title: 'Every IAM user belongs to a group',
  severity: 'low',
  criteria: ['CC6.2', 'CC6.3'],
  family: 'identity',
  appliesTo: ['iam-user'],
  rationale:
    'Groups are how access is granted by job and reviewed: a user in no group either has permissions of its ' +
    'own (which escape the review) or none (an idle identity that should be removed).',
  remediation: {
    summary: 'Add the user to the group for their job, or delete the user if nobody needs it.',
    cloudformation: 'AWS::IAM::User.Groups (or AWS::IAM::UserToGroupAddition)',
    cdk: 'group.addUser(user)',
    cli: 'aws iam add-user-to-group --group-name <group> --user-name <user>',
  },
  equivalents: {
    steampipe: ['iam_user_in_group'],
  },
  evaluate(user) {
    const groups = principalField(user.groupNames, 'groups', user);
    if (isUnknown(groups)) return undetermined(groups);
    if (groups.length > 0) return pass(`member of ${groups.join(', ')}`, { groups });
    const elsewhere = principalAttachableElsewhere(user);
    return elsewhere
      ? undetermined(elsewhere, { groups: [] })
      : fail('the user is in no group', { groups: [] });
  },
});
