import { ruleCases } from '../../support/rule-cases.js';

const db = (properties: string) => `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro${properties} }`;

const aurora = (instances: string) => `
Parameters:
  Zone: { Type: String }
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql, DeletionProtection: true }
${instances}`;

const member = (name: string, zone = '') => `
  ${name}:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-postgresql, DBInstanceClass: db.r6g.large, DBClusterIdentifier: !Ref Cluster${zone} }`;

ruleCases('db-backups-enabled', {
  pass: [
    { name: 'unset: RDS keeps 1 day by default', template: db('') },
    { name: 'seven days', template: db(', BackupRetentionPeriod: 7'), message: '7 day' },
  ],
  fail: [
    { name: 'retention 0 turns backups off', template: db(', BackupRetentionPeriod: 0'), message: 'off' },
    { name: 'retention "0" as a string', template: db(', BackupRetentionPeriod: "0"') },
  ],
  unknown: [
    {
      name: 'retention from a parameter without a value',
      template: `
Parameters:
  Days: { Type: Number }
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, BackupRetentionPeriod: !Ref Days }`,
    },
  ],
  notApplicable: [
    {
      name: 'an Aurora member: the cluster keeps the backups',
      resource: 'Writer',
      template: aurora(member('Writer')),
    },
  ],
});

ruleCases('db-deletion-protection', {
  pass: [
    { name: 'instance with DeletionProtection', template: db(', DeletionProtection: true') },
    {
      name: 'Aurora cluster with DeletionProtection',
      resource: 'Cluster',
      template: aurora(member('Writer')),
    },
  ],
  fail: [
    { name: 'unset: off by default', template: db(''), message: 'DeletionProtection is false' },
    {
      name: 'cluster without it',
      template: `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql }`,
    },
  ],
  unknown: [
    {
      name: 'from an unresolved condition',
      template: `
Parameters:
  Protect: { Type: String }
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, DeletionProtection: !Ref Protect }`,
    },
  ],
  notApplicable: [{ name: 'an Aurora member', resource: 'Writer', template: aurora(member('Writer')) }],
});

ruleCases('db-copy-tags-to-snapshots', {
  pass: [{ name: 'CopyTagsToSnapshot true', template: db(', CopyTagsToSnapshot: true') }],
  fail: [{ name: 'unset: off by default', template: db(''), message: 'CopyTagsToSnapshot is false' }],
  unknown: [
    {
      name: 'from a parameter without a value',
      template: `
Parameters:
  Copy: { Type: String }
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, CopyTagsToSnapshot: !Ref Copy }`,
    },
  ],
});

ruleCases('db-multi-az', {
  pass: [
    { name: 'MultiAZ instance', template: db(', MultiAZ: true') },
    {
      name: 'a Multi-AZ DB cluster (MySQL engine): readers in two other AZs by construction',
      template: `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: mysql, DBClusterInstanceClass: db.m6gd.large, StorageType: io1, Iops: 1000, AllocatedStorage: 100 }`,
    },
    {
      name: 'Aurora cluster with instances pinned to two AZs',
      resource: 'Cluster',
      template: aurora(
        member('Writer', ', AvailabilityZone: us-east-1a') +
          member('Reader', ', AvailabilityZone: us-east-1b'),
      ),
    },
  ],
  fail: [
    { name: 'unset: Single-AZ', template: db(''), message: 'single Availability Zone' },
    { name: 'Aurora cluster with one instance', resource: 'Cluster', template: aurora(member('Writer')) },
    {
      name: 'Aurora cluster whose two instances are pinned to one AZ',
      resource: 'Cluster',
      template: aurora(
        member('Writer', ', AvailabilityZone: us-east-1a') +
          member('Reader', ', AvailabilityZone: us-east-1a'),
      ),
    },
  ],
  unknown: [
    {
      name: 'Aurora cluster with two instances placed by RDS',
      resource: 'Cluster',
      message: 'RDS chooses the Availability Zone',
      template: aurora(member('Writer') + member('Reader')),
    },
    {
      name: 'Aurora cluster with an instance in a zone from a parameter without a value',
      resource: 'Cluster',
      template: aurora(
        member('Writer', ', AvailabilityZone: us-east-1a') +
          member('Reader', ', AvailabilityZone: !Ref Zone'),
      ),
    },
  ],
  notApplicable: [{ name: 'an Aurora member', resource: 'Writer', template: aurora(member('Writer')) }],
});
