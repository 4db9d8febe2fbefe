import { account, liveInventory, liveOrigin } from '../../support/inventory-builder.js';
import { inventoryCases } from '../../support/rule-cases.js';
import type { IamRole } from '../../../src/inventory/model.js';

const role = (name: string): IamRole => ({
  type: 'iam-role',
  id: `arn:aws:iam::123456789012:role/${name}`,
  name,
  region: 'global',
  origin: liveOrigin('global'),
  managedPolicyArns: [],
  inlinePolicies: [],
  trustStatements: [],
});

inventoryCases('cloudwatch-cross-account-sharing-disabled', {
  pass: [
    {
      name: 'roles, none of them the sharing role',
      inventory: () => liveInventory([account(), role('app')]),
    },
  ],
  fail: [
    {
      name: 'the sharing role exists',
      message: 'CloudWatch-CrossAccountSharingRole exists',
      inventory: () => liveInventory([account(), role('app'), role('CloudWatch-CrossAccountSharingRole')]),
    },
  ],
  unknown: [
    {
      name: 'the roles could not be read',
      inventory: () =>
        liveInventory([account()], {
          gaps: [
            {
              resourceType: 'iam-role',
              action: 'iam:GetAccountAuthorizationDetails',
              reason: 'AccessDenied',
            },
          ],
        }),
    },
  ],
});
