import { parityCases } from '../../support/parity.js';
import { addRole } from '../../support/aws-server/iam-fixtures.js';

const SERVICE_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
const PUBLIC_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }],
};
const GITHUB = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const githubTrust = (sub?: string) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: GITHUB },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        ...(sub ? { StringLike: { 'token.actions.githubusercontent.com:sub': sub } } : {}),
      },
    },
  ],
});

const roleTemplate = (name: string, trust: object) => ({
  logicalId: 'Role',
  resources: {
    Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: name, AssumeRolePolicyDocument: trust } },
  },
});
const liveRole = (name: string, trust: object) => ({
  id: `arn:aws:iam::111122223333:role/${name}`,
  add: (account: Parameters<typeof addRole>[0]) => addRole(account, name, { trust: JSON.stringify(trust) }),
});

parityCases('iam-role-trust-not-public', [
  {
    name: 'a role a service assumes',
    status: 'PASS',
    template: roleTemplate('service', SERVICE_TRUST),
    live: liveRole('service', SERVICE_TRUST),
  },
  {
    name: 'a role anyone may assume',
    status: 'FAIL',
    message: 'anyone may call sts:AssumeRole',
    template: roleTemplate('open', PUBLIC_TRUST),
    live: liveRole('open', PUBLIC_TRUST),
  },
  {
    name: 'GitHub Actions without a sub condition',
    status: 'FAIL',
    message: 'token.actions.githubusercontent.com:sub',
    template: roleTemplate('deploy-any', githubTrust()),
    live: liveRole('deploy-any', githubTrust()),
  },
  {
    name: 'GitHub Actions confined to one owner',
    status: 'PASS',
    template: roleTemplate('deploy-org', githubTrust('repo:octo-org/*')),
    live: liveRole('deploy-org', githubTrust('repo:octo-org/*')),
  },
]);
