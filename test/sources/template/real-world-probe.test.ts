/**
 * Shapes met in public CloudFormation templates (aws-cloudformation-templates,
 * aws-samples) that the template source misread: each case is the smallest
 * template that reproduces the shape.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../support/rule-cases.js';
import { inventoryFromTemplate } from '../../support/template.js';

async function verdicts(ruleId: string, template: string): Promise<Record<string, string>> {
  const findings = findingsOf(ruleId, await inventoryFromTemplate(template));
  return Object.fromEntries(
    findings.map((finding) => [finding.resource.logicalId, `${finding.status}: ${finding.message}`]),
  );
}

describe('a policy document Id built from the stack name', () => {
  it('does not hide who the key policy lets in', async () => {
    const result = await verdicts(
      'kms-key-not-public',
      `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: '2012-10-17'
        Id: !Sub \${AWS::StackName}-key-policy
        Statement:
          - Effect: Allow
            Principal: { AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' }
            Action: kms:*
            Resource: '*'
  OpenKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Id: !Sub \${AWS::StackName}-key-policy
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: kms:Decrypt
            Resource: '*'`,
    );
    expect(result.Key).toMatch(/^PASS/);
    expect(result.OpenKey).toMatch(/^FAIL/);
  });
});

describe('a read replica without BackupRetentionPeriod', () => {
  const template = (replicaExtra: string) => `
Parameters:
  Replicate: { Type: String }
Conditions:
  WithReplica: !Equals [!Ref Replicate, 'true']
Resources:
  MainDB:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: MySQL
      DBInstanceClass: db.t3.medium
      AllocatedStorage: '5'
      BackupRetentionPeriod: 7
  ReplicaDB:
    Type: AWS::RDS::DBInstance
    Properties:
      SourceDBInstanceIdentifier: ${replicaExtra}
      DBInstanceClass: db.t3.medium`;

  it('has backups off (RDS creates every read replica so), which is not a failure of the replica: the source keeps them', async () => {
    const result = await verdicts('db-backups-enabled', template('!Ref MainDB'));
    expect(result.MainDB).toMatch(/^PASS/);
    expect(result.ReplicaDB).toMatch(
      /^NOT_APPLICABLE: a read replica of .*MainDB: RDS creates replicas without automated backups/,
    );
  });

  it('is judged on its own retention when the template gives one', async () => {
    const result = await verdicts(
      'db-backups-enabled',
      template('!Ref MainDB\n      BackupRetentionPeriod: 0'),
    );
    expect(result.ReplicaDB).toMatch(/^NOT_APPLICABLE/);
    const kept = await verdicts(
      'db-backups-enabled',
      template('!Ref MainDB\n      BackupRetentionPeriod: 3'),
    );
    expect(kept.ReplicaDB).toMatch(/^PASS: automated backups kept 3 day/);
  });

  it('is UNKNOWN when whether it is a replica is undecided', async () => {
    const result = await verdicts(
      'db-backups-enabled',
      template('!If [WithReplica, !Ref MainDB, !Ref AWS::NoValue]'),
    );
    expect(result.ReplicaDB).toMatch(/^UNKNOWN/);
  });
});
