import type { FakeAccount } from '../../support/aws-server/index.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const ID = (name: string) => `arn:aws:logs:${PARITY_REGION}:${PARITY_ACCOUNT}:resource-policy/${name}`;

const OPEN = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 'logs:PutLogEvents', Resource: '*' }],
});
const CONFINED = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Service: 'delivery.logs.amazonaws.com' },
      Action: 'logs:PutLogEvents',
      Resource: '*',
      Condition: { StringEquals: { 'aws:SourceAccount': PARITY_ACCOUNT } },
    },
  ],
});

function addPolicy(account: FakeAccount, name: string, document: string): void {
  const region = (account.regions[PARITY_REGION] ??= {});
  const logs = (region.logs ??= { logGroups: [] });
  (logs.resourcePolicies ??= []).push({
    policyName: name,
    policyDocument: document,
    lastUpdatedTime: 1767225600000,
  });
}

const template = (logicalId: string, name: string, document: string) => ({
  logicalId,
  resources: {
    [logicalId]: {
      Type: 'AWS::Logs::ResourcePolicy',
      Properties: { PolicyName: name, PolicyDocument: document },
    },
  },
});

parityCases('logs-resource-policy-not-public', [
  {
    name: 'open to anyone',
    status: 'FAIL',
    template: template('Open', 'open', OPEN),
    live: { id: ID('open'), add: (account) => addPolicy(account, 'open', OPEN) },
  },
  {
    name: 'a delivery service confined to the account',
    status: 'PASS',
    template: template('Confined', 'confined', CONFINED),
    live: { id: ID('confined'), add: (account) => addPolicy(account, 'confined', CONFINED) },
  },
]);
