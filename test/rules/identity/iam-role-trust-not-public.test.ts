import { ruleCases } from '../../support/rule-cases.js';

/** A role whose trust policy holds the given statements (YAML flow mappings). */
const role = (...statements: string[]) => `
Parameters:
  Who: { Type: String }
  Pool: { Type: String }
  OrgId: { Type: String }
Resources:
  R:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
${statements.map((statement) => `          - ${statement}`).join('\n')}`;

/** The data-perimeter Deny with the organization from a parameter without a value. */
const UNRESOLVED_PERIMETER = `{ Effect: Deny, Principal: '*', Action: 'sts:AssumeRole', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': !Ref OrgId } } }`;

const GITHUB = `arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com`;
const github = (condition: string) =>
  role(
    `{ Effect: Allow, Principal: { Federated: '${GITHUB}' }, Action: 'sts:AssumeRoleWithWebIdentity'${condition ? `, Condition: ${condition}` : ''} }`,
  );

const providerTemplate = (url: string, condition: string) => `
Resources:
  Provider:
    Type: AWS::IAM::OIDCProvider
    Properties:
      Url: ${url}
      ClientIdList: [sts.amazonaws.com]
  R:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Federated: !GetAtt Provider.Arn }
            Action: sts:AssumeRoleWithWebIdentity
            ${condition}`;

ruleCases('iam-role-trust-not-public', {
  pass: [
    {
      name: 'a named account whose sts:ExternalId is a parameter without a value (a vendor integration role)',
      template: role(
        `{ Effect: Allow, Principal: { AWS: 'arn:aws:iam::464622532012:root' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': !Ref Who } } }`,
      ),
    },
    {
      name: 'a named account beside a Deny outside an organization given by a parameter without a value (a Deny only narrows)',
      template: role(
        `{ Effect: Allow, Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }`,
        UNRESOLVED_PERIMETER,
      ),
    },
    {
      name: 'a named account with an unresolved sts:ExternalId beside a Deny whose condition value is a parameter without a value',
      template: role(
        `{ Effect: Allow, Principal: { AWS: 'arn:aws:iam::464622532012:root' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': !Ref Who } } }`,
        `{ Effect: Deny, Principal: '*', Action: 'sts:AssumeRole', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': !Ref Pool } } }`,
      ),
    },
    {
      name: '"*" with a Deny outside the organization, the org id given as a parameter value',
      template: role(`{ Effect: Allow, Principal: '*', Action: 'sts:AssumeRole' }`, UNRESOLVED_PERIMETER),
      parameters: { OrgId: 'o-abc123' },
    },
    {
      name: '"*" confined by a resolved Deny, beside a Deny whose condition is unresolved',
      template: role(
        `{ Effect: Allow, Principal: '*', Action: 'sts:AssumeRole' }`,
        UNRESOLVED_PERIMETER,
        `{ Effect: Deny, Principal: '*', Action: 'sts:AssumeRole', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': o-abc123 } } }`,
      ),
    },
    {
      name: 'a service principal whose condition value is a parameter without a value',
      template: role(
        `{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': !Ref Who } } }`,
      ),
    },
    {
      name: 'a service principal',
      template: role(
        `{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: 'sts:AssumeRole' }`,
      ),
    },
    {
      name: 'the account root, written with a pseudo parameter',
      template: role(
        `{ Effect: Allow, Principal: { AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' }, Action: 'sts:AssumeRole' }`,
      ),
    },
    {
      name: 'another role of the template, by GetAtt',
      resource: 'R',
      template: `${role(`{ Effect: Allow, Principal: { AWS: !GetAtt Other.Arn }, Action: 'sts:AssumeRole' }`)}
  Other:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: 'sts:AssumeRole' }] }`,
    },
    {
      name: '"*" confined to the organization',
      template: role(
        `{ Effect: Allow, Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': o-abc123 } } }`,
      ),
    },
    {
      name: '"*" with a Deny to everyone outside the organization',
      template: role(
        `{ Effect: Allow, Principal: '*', Action: 'sts:AssumeRole' }`,
        `{ Effect: Deny, Principal: '*', Action: 'sts:*', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': o-abc123 } } }`,
      ),
    },
    {
      name: '"*" for sts:TagSession only (it assumes nothing)',
      template: role(`{ Effect: Allow, Principal: '*', Action: 'sts:TagSession' }`),
    },
    {
      name: 'GitHub Actions confined to one owner',
      template: github(`{ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/*' } }`),
    },
    {
      name: 'GitHub Actions, one repository and branch',
      template: github(
        `{ StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:ref:refs/heads/main', 'token.actions.githubusercontent.com:aud': sts.amazonaws.com } }`,
      ),
    },
    {
      name: 'GitHub provider of the template (GetAtt), sub confined',
      resource: 'R',
      template: providerTemplate(
        'https://token.actions.githubusercontent.com',
        `Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:*' } }`,
      ),
    },
    {
      name: 'an EKS cluster provider without a sub condition (its tokens come from one cluster)',
      resource: 'R',
      template: providerTemplate('https://oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789', ''),
    },
    {
      name: 'Cognito with the identity pool named in aud',
      template: role(
        `{ Effect: Allow, Principal: { Federated: cognito-identity.amazonaws.com }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'eu-west-1:0000-1111' } } }`,
      ),
    },
    {
      name: 'a SAM function role: the service trusts it',
      template: `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      InlineCode: 'def handler(e, c): return 1'`,
    },
  ],
  fail: [
    {
      name: '{ AWS: "*" } for sts:AssumeRole',
      template: role(`{ Effect: Allow, Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }`),
      message: 'anyone may call sts:AssumeRole',
    },
    {
      name: '"*" for sts:*',
      template: role(`{ Effect: Allow, Principal: '*', Action: 'sts:*' }`),
      message: 'sts:AssumeRoleWithWebIdentity',
    },
    {
      name: '"*" for sts:* beside an unresolved Deny that covers only sts:AssumeRole',
      template: role(`{ Effect: Allow, Principal: '*', Action: 'sts:*' }`, UNRESOLVED_PERIMETER),
      message: 'anyone may call sts:AssumeRoleWithWebIdentity',
    },
    {
      name: '"*" beside an unresolved Deny whose known condition lets outsiders in (aws:PrincipalTag/team)',
      template: role(
        `{ Effect: Allow, Principal: '*', Action: 'sts:AssumeRole' }`,
        `{ Effect: Deny, Principal: '*', Action: 'sts:AssumeRole', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': !Ref OrgId }, StringEquals: { 'aws:PrincipalTag/team': red } } }`,
      ),
      message: 'anyone may call sts:AssumeRole',
    },
    {
      name: '"*" beside an unresolved Deny to one account only',
      template: role(
        `{ Effect: Allow, Principal: '*', Action: 'sts:AssumeRole' }`,
        `{ Effect: Deny, Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': !Ref OrgId } } }`,
      ),
    },
    {
      name: 'every account root (arn:aws:iam::*:root)',
      template: role(`{ Effect: Allow, Principal: { AWS: 'arn:aws:iam::*:root' }, Action: '*' }`),
    },
    {
      name: '"*" with only an sts:ExternalId condition (a shared string, not an identity)',
      template: role(
        `{ Effect: Allow, Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': s3cr3t } } }`,
      ),
    },
    {
      name: '"*" confined only when the org key exists (IfExists)',
      template: role(
        `{ Effect: Allow, Principal: '*', Action: 'sts:AssumeRole', Condition: { StringEqualsIfExists: { 'aws:PrincipalOrgID': o-abc123 } } }`,
      ),
    },
    {
      name: 'GitHub Actions without a sub condition',
      template: github(`{ StringEquals: { 'token.actions.githubusercontent.com:aud': sts.amazonaws.com } }`),
      message: 'token.actions.githubusercontent.com:sub',
    },
    {
      name: 'GitHub Actions with sub "*"',
      template: github(`{ StringLike: { 'token.actions.githubusercontent.com:sub': '*' } }`),
    },
    {
      name: 'GitHub Actions with sub repo:* (any owner)',
      template: github(`{ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } }`),
    },
    {
      name: 'GitHub Actions with an owner prefix pattern (repo:octo-org*)',
      template: github(`{ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org*' } }`),
    },
    {
      name: 'GitHub provider of the template (GetAtt) without a sub condition',
      resource: 'R',
      template: providerTemplate('https://token.actions.githubusercontent.com', ''),
    },
    {
      name: 'GitHub provider ARN written with !Sub, no sub condition',
      template: role(
        `{ Effect: Allow, Principal: { Federated: !Sub 'arn:aws:iam::\${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity' }`,
      ),
    },
    {
      name: 'Cognito without an aud condition',
      template: role(
        `{ Effect: Allow, Principal: { Federated: cognito-identity.amazonaws.com }, Action: 'sts:AssumeRoleWithWebIdentity' }`,
      ),
      message: 'cognito-identity.amazonaws.com:aud',
    },
  ],
  unknown: [
    {
      name: 'a GitHub trust whose sub is a parameter without a value (it may be "*")',
      template: github(`{ StringLike: { 'token.actions.githubusercontent.com:sub': !Ref Who } }`),
    },
    {
      name: '"*" beside a Deny outside an organization given by a parameter without a value (it may confine "*")',
      template: role(`{ Effect: Allow, Principal: '*', Action: 'sts:AssumeRole' }`, UNRESOLVED_PERIMETER),
      says:
        "the trust policy lets anyone call sts:AssumeRole unless a Deny confines them, and that Deny's condition " +
        'is not known: StringNotEquals aws:PrincipalOrgID: parameter OrgId has no value; pass --parameters OrgId=...',
    },
    {
      name: '"*" for sts:* beside an unresolved Deny for sts:*',
      template: role(
        `{ Effect: Allow, Principal: '*', Action: 'sts:*' }`,
        `{ Effect: Deny, Principal: '*', Action: 'sts:*', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': !Ref OrgId, 'aws:PrincipalAccount': '111122223333' } } }`,
      ),
      message:
        /sts:AssumeRole, sts:AssumeRoleWithWebIdentity, sts:AssumeRoleWithSAML unless a Deny confines them.*parameter OrgId has no value/,
    },
    {
      name: 'every account ("arn:aws:iam::*:root") with a condition value from a parameter without a value',
      template: role(
        `{ Effect: Allow, Principal: { AWS: 'arn:aws:iam::*:root' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': !Ref Who } } }`,
      ),
    },
    {
      name: 'the principal comes from a parameter without a value',
      template: role(`{ Effect: Allow, Principal: { AWS: !Ref Who }, Action: 'sts:AssumeRole' }`),
    },
    {
      name: 'an account ARN built from a parameter without a value (it may be "*")',
      template: role(
        `{ Effect: Allow, Principal: { AWS: !Sub 'arn:aws:iam::\${Who}:root' }, Action: 'sts:AssumeRole' }`,
      ),
    },
    {
      name: '"*" confined by a condition value from a parameter without a value',
      template: role(
        `{ Effect: Allow, Principal: '*', Action: 'sts:AssumeRole', Condition: { StringLike: { 'aws:PrincipalOrgID': !Ref Who } } }`,
      ),
    },
    {
      name: 'an OIDC provider whose Url is a parameter (it may be GitHub)',
      resource: 'R',
      template: `
Parameters:
  Issuer: { Type: String }
${providerTemplate('!Ref Issuer', '').replace(/^\nResources:/, 'Resources:')}`,
    },
    {
      name: 'NotPrincipal',
      template: role(
        `{ Effect: Allow, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }`,
      ),
    },
  ],
});
