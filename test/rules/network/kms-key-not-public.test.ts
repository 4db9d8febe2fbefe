import { inventoryCases, ruleCases } from '../../support/rule-cases.js';
import { denied, kmsKey, liveInventory } from '../../support/inventory-builder.js';

const key = (statement: string) => `
Parameters:
  Who: { Type: String }
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - ${statement}`;

ruleCases('kms-key-not-public', {
  pass: [
    {
      name: 'the account root only',
      template: key(
        `{ Effect: Allow, Principal: { AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root' }, Action: 'kms:*', Resource: '*' }`,
      ),
    },
    {
      name: 'a role of the template, by GetAtt',
      resource: 'Key',
      template: `${key(`{ Effect: Allow, Principal: { AWS: !GetAtt Role.Arn }, Action: 'kms:Decrypt', Resource: '*' }`)}
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }`,
    },
    {
      name: 'no KeyPolicy: the default policy',
      template: `
Resources:
  Key:
    Type: AWS::KMS::Key`,
    },
    {
      name: '"*" confined to the organization',
      template: key(
        `{ Effect: Allow, Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': o-abc123 } } }`,
      ),
    },
    {
      name: '"*" confined by kms:CallerAccount',
      template: key(
        `{ Effect: Allow, Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '111122223333' } } }`,
      ),
    },
  ],
  fail: [
    {
      name: 'decrypt for everyone',
      template: key(`{ Effect: Allow, Principal: '*', Action: 'kms:Decrypt', Resource: '*' }`),
      message: 'kms:Decrypt',
    },
  ],
  unknown: [
    {
      name: 'principal from a parameter',
      template: key(`{ Effect: Allow, Principal: { AWS: !Ref Who }, Action: 'kms:*', Resource: '*' }`),
    },
  ],
});

inventoryCases('kms-key-not-public', {
  unknown: [
    {
      name: 'GetKeyPolicy denied',
      inventory: () => liveInventory([kmsKey({ policyStatements: denied('kms:GetKeyPolicy') })]),
      message: 'AccessDenied',
    },
  ],
  notApplicable: [
    { name: 'an AWS-managed key', inventory: () => liveInventory([kmsKey({ keyManager: 'AWS' })]) },
  ],
});
