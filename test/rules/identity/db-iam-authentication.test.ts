import { ruleCases } from '../../support/rule-cases.js';

const db = (engine: string, properties = '') => `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: ${engine}, DBInstanceClass: db.t4g.micro${properties} }`;

ruleCases('db-iam-authentication', {
  pass: [
    {
      name: 'PostgreSQL with IAM authentication',
      template: db('postgres', ', EnableIAMDatabaseAuthentication: true'),
    },
  ],
  fail: [
    { name: 'unset: off by default', template: db('mysql'), message: 'IAM database authentication is off' },
    {
      name: 'Aurora cluster without it',
      template: `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql }`,
    },
  ],
  unknown: [
    {
      name: 'engine from a parameter without a value',
      template: `
Parameters:
  Engine: { Type: String }
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: !Ref Engine, DBInstanceClass: db.t4g.micro, EnableIAMDatabaseAuthentication: true }`,
    },
  ],
  notApplicable: [{ name: 'SQL Server has no IAM database authentication', template: db('sqlserver-se') }],
});
