/**
 * Policy readings of the template source: the KMS key policy shares the trust
 * policy's reading of principals, a rotation schedule reaches its secret
 * through an RDS secret attachment, and a queue policy names its queue by URL.
 */
import { ruleCases } from '../../support/rule-cases.js';

const keyWithPrincipal = (principal: string, parameters = '') => `${parameters}
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: ${principal}
            Action: 'kms:*'
            Resource: '*'`;

const ACCOUNT_PARAMETER = `
Parameters:
  Acct: { Type: String }`;

ruleCases('kms-key-not-public', {
  pass: [
    {
      name: "CDK's key policy: the deploying account's root, by Join",
      template: keyWithPrincipal(
        `!Join ['', ['arn:', !Ref AWS::Partition, ':iam::', !Ref AWS::AccountId, ':root']]`,
      ),
    },
    {
      name: "the deploying account's root, by Sub",
      template: keyWithPrincipal('!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root'),
    },
    {
      name: 'an account from a parameter given a value',
      template: keyWithPrincipal('!Sub arn:aws:iam::${Acct}:root', ACCOUNT_PARAMETER),
      parameters: { Acct: '123456789012' },
    },
  ],
  fail: [
    {
      name: "an account parameter given '*': every account",
      template: keyWithPrincipal('!Sub arn:aws:iam::${Acct}:root', ACCOUNT_PARAMETER),
      parameters: { Acct: '*' },
    },
  ],
  unknown: [
    {
      name: 'an account from a parameter without a value may be `*`',
      template: keyWithPrincipal('!Sub arn:aws:iam::${Acct}:root', ACCOUNT_PARAMETER),
      message: 'Acct',
    },
    {
      name: 'the same account parameter in a Join',
      template: keyWithPrincipal(`!Join ['', ['arn:aws:iam::', !Ref Acct, ':root']]`, ACCOUNT_PARAMETER),
      message: 'Acct',
    },
  ],
});
