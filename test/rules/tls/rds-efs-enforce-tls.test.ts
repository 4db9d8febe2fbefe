/** Case tables: RDS parameter groups that force TLS, and EFS file system policies that deny mounts without it. */
import { ruleCases } from '../../support/rule-cases.js';

const instance = (properties: string, extra = '') => `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.t4g.micro
      AllocatedStorage: '20'
${properties}
${extra}`;

const group = (family: string, parameters: string) => `
  Params:
    Type: AWS::RDS::DBParameterGroup
    Properties:
      Family: ${family}
      Description: TLS
      Parameters: ${parameters}`;

ruleCases('rds-enforces-tls', {
  pass: [
    {
      name: "PostgreSQL 14 with rds.force_ssl '1' in its template parameter group",
      resource: 'Db',
      template: instance(
        `      Engine: postgres\n      EngineVersion: '14.12'\n      DBParameterGroupName: !Ref Params`,
        group('postgres14', `{ rds.force_ssl: '1' }`),
      ),
      message: 'rds.force_ssl is on in Params',
    },
    {
      name: 'MySQL with require_secure_transport ON (a number or ON both read)',
      resource: 'Db',
      template: instance(
        `      Engine: mysql\n      EngineVersion: '8.0.39'\n      DBParameterGroupName: !Ref Params`,
        group('mysql8.0', `{ require_secure_transport: 'ON' }`),
      ),
    },
    {
      name: 'PostgreSQL 16 on the default group: RDS documents rds.force_ssl 1 from version 15',
      resource: 'Db',
      template: instance(`      Engine: postgres\n      EngineVersion: '16.4'`),
      message: 'engine default',
    },
    {
      name: 'MariaDB 11.8 on its default group (ON from 11.8)',
      resource: 'Db',
      template: instance(`      Engine: mariadb\n      EngineVersion: '11.8.2'`),
    },
    {
      name: 'Aurora MySQL cluster with require_secure_transport ON in its cluster parameter group',
      resource: 'Cluster',
      template: `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      DBClusterParameterGroupName: !Ref ClusterParams
  ClusterParams:
    Type: AWS::RDS::DBClusterParameterGroup
    Properties:
      Family: aurora-mysql8.0
      Description: TLS
      Parameters: { require_secure_transport: 'ON' }`,
    },
  ],
  fail: [
    {
      name: 'MariaDB 11.4 on its default group (OFF up to 11.4)',
      resource: 'Db',
      template: instance(`      Engine: mariadb\n      EngineVersion: '11.4.4'`),
    },
    {
      name: 'MySQL 8.0 on the default parameter group (require_secure_transport OFF)',
      resource: 'Db',
      template: instance(`      Engine: mysql\n      EngineVersion: '8.0.39'`),
      message: 'accepts connections without TLS',
    },
    {
      name: 'PostgreSQL 14 on its default group, named as default.postgres14',
      resource: 'Db',
      template: instance(
        `      Engine: postgres\n      EngineVersion: '14.12'\n      DBParameterGroupName: default.postgres14`,
      ),
    },
    {
      name: "a custom group that turns rds.force_ssl off ('0')",
      resource: 'Db',
      template: instance(
        `      Engine: postgres\n      EngineVersion: '16.4'\n      DBParameterGroupName: !Ref Params`,
        group('postgres16', `{ rds.force_ssl: 0, log_connections: '1' }`),
      ),
      message: 'rds.force_ssl is off in Params',
    },
    {
      name: 'SQL Server on its default group (rds.force_ssl 0 whatever the version)',
      resource: 'Db',
      template: instance(`      Engine: sqlserver-se\n      LicenseModel: license-included`),
    },
    {
      name: 'Aurora PostgreSQL cluster without a cluster parameter group',
      resource: 'Cluster',
      template: `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '16.4'`,
    },
  ],
  unknown: [
    {
      name: 'a parameter group named from outside the template',
      resource: 'Db',
      template: instance(
        `      Engine: postgres\n      EngineVersion: '14.12'\n      DBParameterGroupName: shared-postgres-params`,
      ),
      message: 'not in the template',
    },
    {
      name: 'MySQL 9.1 on its default group: AWS documents the default for 8.4 and earlier and for 9.7 only',
      resource: 'Db',
      template: instance(`      Engine: mysql\n      EngineVersion: '9.1.0'`),
      message: 'not documented',
    },
    {
      name: 'PostgreSQL without EngineVersion: the default depends on the version RDS picks',
      resource: 'Db',
      template: instance(`      Engine: postgres`),
      message: 'EngineVersion is not set',
    },
    {
      name: 'the parameter value from a template parameter without a default',
      resource: 'Db',
      template: `
Parameters:
  ForceSsl: { Type: String }
${instance(`      Engine: postgres\n      EngineVersion: '14.12'\n      DBParameterGroupName: !Ref Params`, group('postgres14', `{ rds.force_ssl: !Ref ForceSsl }`))}`,
      message: 'ForceSsl',
    },
  ],
  notApplicable: [
    {
      name: 'an Aurora cluster member: its cluster parameter group decides',
      resource: 'Member',
      template: `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
  Member:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-postgresql
      DBInstanceClass: db.r6g.large
      DBClusterIdentifier: !Ref Cluster`,
    },
    {
      name: 'Oracle: no parameter-group setting forces TLS',
      resource: 'Db',
      template: instance(`      Engine: oracle-ee\n      LicenseModel: bring-your-own-license`),
      message: 'oracle-ee',
    },
  ],
});

const fileSystem = (policy: string) => `
Parameters:
  Effect: { Type: String }
Resources:
  Fs:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
${policy}`;

const withPolicy = (statement: string) =>
  fileSystem(`      FileSystemPolicy:
        Version: '2012-10-17'
        Statement:
          - ${statement}`);

const DENY_PLAIN = `{ Effect: Deny, Principal: { AWS: '*' }, Action: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }`;

ruleCases('efs-enforces-tls', {
  pass: [
    { name: 'Deny * to everyone without SecureTransport', resource: 'Fs', template: withPolicy(DENY_PLAIN) },
    {
      name: 'Deny of the client actions (ClientMount among them) with a boolean false',
      resource: 'Fs',
      template: withPolicy(
        `{ Effect: Deny, Principal: '*', Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'], Condition: { Bool: { 'aws:SecureTransport': false } } }`,
      ),
    },
  ],
  fail: [
    {
      name: 'no file system policy',
      resource: 'Fs',
      template: fileSystem(''),
      message: 'no file system policy',
    },
    {
      name: 'a Deny of ClientWrite only still lets clients mount and read in clear',
      resource: 'Fs',
      template: withPolicy(
        `{ Effect: Deny, Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientWrite', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }`,
      ),
    },
    {
      name: 'a Deny to one role only',
      resource: 'Fs',
      template: withPolicy(
        `{ Effect: Deny, Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }`,
      ),
    },
  ],
  unknown: [
    {
      name: 'Effect from a parameter',
      resource: 'Fs',
      template: withPolicy(DENY_PLAIN.replace('Effect: Deny', 'Effect: !Ref Effect')),
    },
  ],
});
