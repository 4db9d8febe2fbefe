import { ruleCases } from '../../support/rule-cases.js';

const db = (properties: string) => `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, DBInstanceClass: db.t4g.micro${properties} }`;

ruleCases('db-log-exports', {
  pass: [
    {
      name: 'audit and error logs exported',
      template: db(', EnableCloudwatchLogsExports: [audit, error]'),
      message: 'audit, error',
    },
    {
      name: 'an Aurora cluster exporting postgresql logs',
      template: `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql, EnableCloudwatchLogsExports: [postgresql] }`,
    },
  ],
  fail: [
    { name: 'unset: nothing exported', template: db(''), message: 'exports no logs' },
    { name: 'an empty list', template: db(', EnableCloudwatchLogsExports: []') },
  ],
  unknown: [
    {
      name: 'the list from a parameter without a value',
      template: `
Parameters:
  Logs: { Type: CommaDelimitedList }
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, DBInstanceClass: db.t4g.micro, EnableCloudwatchLogsExports: !Ref Logs }`,
    },
  ],
  notApplicable: [
    {
      name: 'an Aurora member: the cluster exports',
      resource: 'Writer',
      template: `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql }
  Writer:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-mysql, DBInstanceClass: db.r6g.large, DBClusterIdentifier: !Ref Cluster }`,
    },
  ],
});
