import { liveInventory, liveOrigin } from '../../support/inventory-builder.js';
import { inventoryCases, ruleCases } from '../../support/rule-cases.js';
import { unknown } from '../../../src/inventory/maybe.js';
import type { BackupProtectedResource, DynamoDbTable } from '../../../src/inventory/model.js';

const plan = (lifecycle: string) => `
Resources:
  Plan:
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan:
        BackupPlanName: daily
        BackupPlanRule:
          - RuleName: daily
            TargetBackupVaultName: vault
            ${lifecycle}
`;

ruleCases('backup-plan-exists', {
  pass: [{ name: 'a plan with a rule', template: plan('ScheduleExpression: cron(0 5 * * ? *)') }],
  fail: [
    {
      name: 'a plan without rules',
      message: 'no rules',
      template: `
Resources:
  Plan:
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan: { BackupPlanName: empty, BackupPlanRule: [] }
`,
    },
  ],
  unknown: [
    {
      name: 'rules from a parameter',
      template: `
Parameters:
  Rules: { Type: CommaDelimitedList }
Resources:
  Plan:
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan: { BackupPlanName: p, BackupPlanRule: !Ref Rules }
`,
    },
  ],
});

inventoryCases('backup-plan-exists', {
  fail: [
    {
      name: 'an account without any plan',
      message: 'No backup-plan exists',
      inventory: () => liveInventory([]),
    },
  ],
});

ruleCases('backup-plan-retention', {
  pass: [
    { name: 'kept 35 days', template: plan('Lifecycle: { DeleteAfterDays: 35 }') },
    { name: 'kept until deleted (no lifecycle)', template: plan('ScheduleExpression: cron(0 5 * * ? *)') },
    {
      name: 'kept 14 days, under a team minimum of 14',
      settings: { minRetentionDays: 14 },
      says: 'every rule keeps recovery points 14 days or more',
      template: plan('Lifecycle: { DeleteAfterDays: 14 }'),
    },
  ],
  fail: [
    { name: 'kept 7 days', message: 'after 7 day(s)', template: plan('Lifecycle: { DeleteAfterDays: 7 }') },
    {
      name: 'kept 35 days, under a team minimum of 90',
      settings: { minRetentionDays: 90 },
      says: '1 rule(s) delete recovery points after 35 day(s), under 90',
      template: plan('Lifecycle: { DeleteAfterDays: 35 }'),
    },
  ],
  unknown: [
    {
      name: 'retention from a parameter without default',
      template: `
Parameters:
  Days: { Type: Number }
${plan('Lifecycle: { DeleteAfterDays: !Ref Days }')}`,
    },
  ],
});

const vault = (properties: string) => `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { KeyPolicy: {} }
  Vault:
    Type: AWS::Backup::BackupVault
    Properties:
      BackupVaultName: vault
${properties}
`;

ruleCases('backup-vault-encrypted-cmk', {
  pass: [
    {
      name: 'a customer-managed key',
      resource: 'Vault',
      template: vault('      EncryptionKeyArn: !GetAtt Key.Arn'),
    },
  ],
  fail: [{ name: 'no key: aws/backup', resource: 'Vault', message: 'aws/backup', template: vault('') }],
  unknown: [
    {
      name: 'a key outside the template',
      resource: 'Vault',
      template: vault('      EncryptionKeyArn: arn:aws:kms:us-east-1:111122223333:key/elsewhere'),
    },
  ],
});

ruleCases('backup-vault-deletion-protected', {
  pass: [
    {
      name: 'Vault Lock',
      resource: 'Vault',
      template: vault('      LockConfiguration: { MinRetentionDays: 35 }'),
    },
    {
      name: 'an access policy denying deletion',
      resource: 'Vault',
      template: vault(`      AccessPolicy:
        Version: '2012-10-17'
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: backup:DeleteRecoveryPoint
            Resource: !Sub arn:aws:backup:\${AWS::Region}:\${AWS::AccountId}:recovery-point:*`),
    },
  ],
  fail: [
    { name: 'neither lock nor policy', resource: 'Vault', template: vault('') },
    {
      name: 'a policy that denies deletion only to one role',
      resource: 'Vault',
      template: vault(`      AccessPolicy:
        Statement:
          - Effect: Deny
            Principal: { AWS: arn:aws:iam::111122223333:role/ops }
            Action: backup:DeleteRecoveryPoint
            Resource: '*'`),
    },
  ],
  unknown: [
    {
      name: 'a policy whose principal is a parameter',
      resource: 'Vault',
      template: `
Parameters:
  Who: { Type: String }
${vault(`      AccessPolicy:
        Statement:
          - Effect: Deny
            Principal: !Ref Who
            Action: backup:DeleteRecoveryPoint
            Resource: '*'`)}`,
    },
  ],
});

const selection = (body: string, tags = '') => `
Parameters:
  Anything: { Type: String }
Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      BillingMode: PAY_PER_REQUEST
${tags}
  Plan:
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan:
        BackupPlanName: daily
        BackupPlanRule: [{ RuleName: daily, TargetBackupVaultName: vault }]
  Selection:
    Type: AWS::Backup::BackupSelection
    Properties:
      BackupPlanId: !Ref Plan
      BackupSelection:
        SelectionName: data
        IamRoleArn: arn:aws:iam::111122223333:role/backup
${body}
`;

ruleCases('backup-protects-data-stores', {
  pass: [
    {
      name: 'selected by ARN',
      resource: 'Table',
      template: selection('        Resources: [!GetAtt Table.Arn]'),
    },
    { name: 'selected by a wildcard', resource: 'Table', template: selection("        Resources: ['*']") },
    {
      name: 'selected by tag',
      resource: 'Table',
      template: selection(
        '        ListOfTags: [{ ConditionType: STRINGEQUALS, ConditionKey: backup, ConditionValue: daily }]',
        '      Tags: [{ Key: backup, Value: daily }]',
      ),
    },
  ],
  fail: [
    {
      name: 'no selection names it',
      resource: 'Table',
      message: 'no AWS Backup selection',
      template: selection('        Resources: [arn:aws:dynamodb:us-east-1:111122223333:table/other]'),
    },
    {
      name: 'tag does not match',
      resource: 'Table',
      template: selection(
        '        ListOfTags: [{ ConditionType: STRINGEQUALS, ConditionKey: backup, ConditionValue: daily }]',
        '      Tags: [{ Key: backup, Value: never }]',
      ),
    },
    {
      name: 'excluded by NotResources',
      resource: 'Table',
      template: selection("        Resources: ['*']\n        NotResources: [!GetAtt Table.Arn]"),
    },
  ],
  unknown: [
    {
      name: 'a selection whose resources come from a parameter',
      resource: 'Table',
      template: selection('        Resources: [!Ref Anything]'),
    },
    {
      name: 'an ARN pattern a template resource cannot be matched against',
      resource: 'Table',
      template: selection("        Resources: ['arn:aws:dynamodb:*:*:table/*']"),
    },
  ],
});

const table = (arn: string): DynamoDbTable =>
  ({
    type: 'dynamodb-table',
    id: arn,
    arn,
    region: 'us-east-1',
    origin: liveOrigin(),
    encryption: { state: 'aws-owned' },
  }) as DynamoDbTable;
const protectedArn = (arn: string): BackupProtectedResource => ({
  type: 'backup-protected-resource',
  id: `protected:${arn}`,
  resourceArn: arn,
  region: 'us-east-1',
  origin: liveOrigin(),
  lastBackupTime: '2026-11-01T05:00:00.000Z',
});
const ORDERS = 'arn:aws:dynamodb:us-east-1:111122223333:table/orders';

inventoryCases('backup-protects-data-stores', {
  pass: [
    {
      name: 'a recovery point exists',
      inventory: () => liveInventory([table(ORDERS), protectedArn(ORDERS)]),
    },
  ],
  fail: [
    {
      name: 'no recovery point',
      message: 'no recovery point',
      inventory: () => liveInventory([table(ORDERS)]),
    },
  ],
  unknown: [
    {
      name: 'ListProtectedResources denied',
      resource: ORDERS,
      inventory: () =>
        liveInventory([table(ORDERS)], {
          gaps: [
            {
              resourceType: 'backup-protected-resource',
              region: 'us-east-1',
              action: 'backup:ListProtectedResources',
              reason: 'AccessDenied',
            },
          ],
        }),
    },
  ],
});

inventoryCases('backup-recovery-point-retention', {
  pass: [
    { name: 'kept 35 days', inventory: () => liveInventory([point({ retentionDays: 35 })]) },
    { name: 'kept forever', inventory: () => liveInventory([point({ retentionDays: undefined })]) },
    {
      name: 'kept 14 days, under a team minimum of 14',
      settings: { minRetentionDays: 14 },
      says: 'the recovery point is kept 14 days',
      evidence: { retentionDays: 14, minimumDays: 14 },
      inventory: () => liveInventory([point({ retentionDays: 14 })]),
    },
  ],
  fail: [
    { name: 'kept 14 days', inventory: () => liveInventory([point({ retentionDays: 14 })]) },
    {
      name: 'kept 35 days, under a team minimum of 90',
      settings: { minRetentionDays: 90 },
      says: 'the recovery point is deleted after 35 day(s), under 90',
      inventory: () => liveInventory([point({ retentionDays: 35 })]),
    },
  ],
  unknown: [
    { name: 'lifecycle unread', inventory: () => liveInventory([point({ retentionDays: unknown('x') })]) },
  ],
});

inventoryCases('backup-recovery-point-encrypted', {
  pass: [{ name: 'encrypted', inventory: () => liveInventory([point({ encrypted: true })]) }],
  fail: [{ name: 'not encrypted', inventory: () => liveInventory([point({ encrypted: false })]) }],
  unknown: [{ name: 'unread', inventory: () => liveInventory([point({ encrypted: unknown('denied') })]) }],
});

function point(fields: Partial<import('../../../src/inventory/model.js').BackupRecoveryPoint>) {
  return {
    type: 'backup-recovery-point' as const,
    id: 'arn:aws:backup:us-east-1:111122223333:recovery-point:rp-1',
    region: 'us-east-1',
    origin: liveOrigin(),
    encrypted: true,
    retentionDays: 35,
    ...fields,
  };
}

const instanceSelection = (conditions: string) => `
Resources:
  App:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      Tags: [{ Key: tier, Value: prod-app }]
  Plan:
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan: { BackupPlanName: p, BackupPlanRule: [{ RuleName: daily, TargetBackupVaultName: vault }] }
  Selection:
    Type: AWS::Backup::BackupSelection
    Properties:
      BackupPlanId: !Ref Plan
      BackupSelection:
        SelectionName: prod
        IamRoleArn: arn:aws:iam::111122223333:role/backup
        Resources: ['*']
        Conditions:
${conditions}
`;

ruleCases('backup-protects-data-stores', {
  pass: [
    {
      name: 'an EC2 instance whose tag matches every condition',
      resource: 'App',
      template: instanceSelection(
        '          StringLike: [{ ConditionKey: aws:ResourceTag/tier, ConditionValue: prod-* }]',
      ),
    },
  ],
  fail: [
    {
      name: 'an EC2 instance a StringNotEquals condition leaves out',
      resource: 'App',
      template: instanceSelection(
        '          StringNotEquals: [{ ConditionKey: aws:ResourceTag/tier, ConditionValue: prod-app }]',
      ),
    },
  ],
  unknown: [
    {
      name: 'a condition operator this tool does not read',
      resource: 'App',
      template: instanceSelection(
        '          ForAnyValue: [{ ConditionKey: aws:ResourceTag/tier, ConditionValue: x }]',
      ),
    },
  ],
});
