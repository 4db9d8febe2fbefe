import { ruleCases } from '../../support/rule-cases.js';

const CLUSTER = 'NodeType: ra3.xlplus, ClusterType: single-node, DBName: dev, MasterUsername: admin';

ruleCases('redshift-automated-snapshots', {
  pass: [
    {
      name: '7 days',
      template: `
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER}, AutomatedSnapshotRetentionPeriod: 7 }`,
    },
    {
      name: 'unset (one day), under a team minimum of 1',
      settings: { minRetentionDays: 1 },
      says: 'automated snapshots are kept 1 day',
      template: `
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER} }`,
    },
  ],
  fail: [
    {
      name: '7 days, under a team minimum of 14',
      settings: { minRetentionDays: 14 },
      says: 'automated snapshots are kept only 7 day(s), under 14',
      evidence: { retentionDays: 7, minimumDays: 14 },
      template: `
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER}, AutomatedSnapshotRetentionPeriod: 7 }`,
    },
    {
      name: 'unset: the default is one day',
      message: 'only 1 day',
      template: `
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER} }`,
    },
    {
      name: 'automated snapshots off',
      message: 'off',
      template: `
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER}, AutomatedSnapshotRetentionPeriod: 0 }`,
    },
  ],
  unknown: [
    {
      name: 'from a parameter without default',
      template: `
Parameters:
  Days: { Type: Number }
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER}, AutomatedSnapshotRetentionPeriod: !Ref Days }`,
    },
  ],
});

const GROUP = 'ReplicationGroupDescription: cache, Engine: redis, CacheNodeType: cache.t4g.micro';

ruleCases('elasticache-redis-backups', {
  pass: [
    {
      name: '7 days of automatic backups',
      template: `
Resources:
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: { ${GROUP}, SnapshotRetentionLimit: 7 }`,
    },
    {
      name: 'three days, under a team minimum of 3',
      settings: { minRetentionDays: 3 },
      says: 'automatic backups are kept 3 days',
      template: `
Resources:
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: { ${GROUP}, SnapshotRetentionLimit: 3 }`,
    },
  ],
  fail: [
    {
      name: '7 days, under a team minimum of 14',
      settings: { minRetentionDays: 14 },
      says: 'automatic backups are kept only 7 day(s), under 14',
      evidence: { retentionDays: 7, minimumDays: 14 },
      template: `
Resources:
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: { ${GROUP}, SnapshotRetentionLimit: 7 }`,
    },
    {
      name: 'unset: automatic backups are off by default',
      message: 'off',
      template: `
Resources:
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: { ${GROUP} }`,
    },
    {
      name: 'one day',
      template: `
Resources:
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: { ${GROUP}, SnapshotRetentionLimit: 1 }`,
    },
  ],
  unknown: [
    {
      name: 'from a parameter without default',
      template: `
Parameters:
  Days: { Type: Number }
Resources:
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: { ${GROUP}, SnapshotRetentionLimit: !Ref Days }`,
    },
  ],
});

ruleCases('kinesis-stream-retention', {
  pass: [
    {
      name: '168 hours',
      template: `
Resources:
  Events:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 1, RetentionPeriodHours: 168 }`,
    },
  ],
  fail: [
    {
      name: 'unset: the default is 24 hours',
      message: 'only 24 hours',
      template: `
Resources:
  Events:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 1 }`,
    },
  ],
  unknown: [
    {
      name: 'from a parameter without default',
      template: `
Parameters:
  Hours: { Type: Number }
Resources:
  Events:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 1, RetentionPeriodHours: !Ref Hours }`,
    },
  ],
});
