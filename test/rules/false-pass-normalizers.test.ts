/**
 * False PASSes closed in template normalizers and network rules: statements
 * paired with the wrong raw statement, world-open CIDRs written other than
 * `0.0.0.0/0`, unresolved values read as present, permissions not tied to their
 * function, empty key ids and mixed-case engine names.
 */
import { ruleCases } from '../support/rule-cases.js';

const NEVER = `
Parameters:
  Who: { Type: String }
Conditions:
  Never: !Equals [a, b]`;

ruleCases('kms-key-not-public', {
  pass: [
    {
      name: 'a dropped statement before account-root statements: still only specific principals',
      template: `${NEVER}
Resources:
  K:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Statement:
          - !If [Never, { Effect: Allow, Principal: '*', Action: 'kms:*', Resource: '*' }, !Ref AWS::NoValue]
          - Effect: Allow
            Principal: { AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' }
            Action: 'kms:*'
            Resource: '*'`,
    },
  ],
  unknown: [
    {
      name: 'a statement dropped by Fn::If: the unknown principal does not borrow the next statement ARN',
      message: 'Who',
      template: `${NEVER}
Resources:
  K:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Statement:
          - !If
            - Never
            - { Effect: Allow, Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:Decrypt', Resource: '*' }
            - !Ref AWS::NoValue
          - Effect: Allow
            Principal: { AWS: !Sub 'arn:aws:iam::123456789012:root' }
            Action: 'kms:*'
            Resource: '*'
          - Effect: Allow
            Principal: { AWS: !Ref Who }
            Action: 'kms:*'
            Resource: '*'`,
    },
    {
      name: 'a principal dropped by Fn::If: the unknown principal does not borrow the next entry ARN',
      message: 'Who',
      template: `${NEVER}
Resources:
  K:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Statement:
          - Effect: Allow
            Principal:
              AWS:
                - !If [Never, 'arn:aws:iam::111122223333:root', !Ref AWS::NoValue]
                - !Sub 'arn:aws:iam::111122223333:root'
                - !Ref Who
            Action: 'kms:*'
            Resource: '*'`,
    },
  ],
});
