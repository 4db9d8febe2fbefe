/**
 * Redshift, OpenSearch, Kinesis, ElastiCache, DAX, DMS, MSK and SageMaker:
 * the same shape as a template resource and as a live answer gets one verdict.
 */
import type { Parameter } from '@aws-sdk/client-redshift';
import { parityCases, PARITY_ACCOUNT, PARITY_REGION } from '../../support/parity.js';
import type { FakeAccount, FakeRegion } from '../../support/aws-server/index.js';

const ARN = `${PARITY_REGION}:${PARITY_ACCOUNT}`;

function region(account: FakeAccount): FakeRegion {
  return (account.regions[PARITY_REGION] ??= {});
}

function addRedshift(
  account: FakeAccount,
  id: string,
  cluster: {
    encrypted?: boolean;
    public?: boolean;
    retention?: number;
    logging?: boolean;
    requireSsl?: string;
  },
): void {
  const redshift = (region(account).redshift ??= { clusters: [], parameterGroups: {}, loggingEnabled: {} });
  const group = `${id}-params`;
  redshift.clusters.push({
    ClusterIdentifier: id,
    Encrypted: cluster.encrypted ?? true,
    PubliclyAccessible: cluster.public ?? false,
    AutomatedSnapshotRetentionPeriod: cluster.retention ?? 1,
    ClusterParameterGroups: [{ ParameterGroupName: group, ParameterApplyStatus: 'in-sync' }],
  });
  const parameters: Parameter[] = [
    { ParameterName: 'enable_user_activity_logging', ParameterValue: 'false' },
  ];
  if (cluster.requireSsl !== undefined)
    parameters.push({ ParameterName: 'require_ssl', ParameterValue: cluster.requireSsl });
  redshift.parameterGroups![group] = parameters;
  redshift.loggingEnabled![id] = cluster.logging ?? false;
}

const REDSHIFT_REQUIRED = {
  NodeType: 'ra3.xlplus',
  ClusterType: 'single-node',
  DBName: 'dev',
  MasterUsername: 'admin',
  ManageMasterPassword: true,
};

const redshiftArn = (id: string) => `arn:aws:redshift:${ARN}:cluster:${id}`;

parityCases('redshift-cluster-not-public', [
  {
    name: 'a cluster created without PubliclyAccessible is private (CreateCluster default false)',
    status: 'PASS',
    template: {
      logicalId: 'Dw',
      resources: { Dw: { Type: 'AWS::Redshift::Cluster', Properties: REDSHIFT_REQUIRED } },
    },
    live: { id: redshiftArn('dw-private'), add: (account) => addRedshift(account, 'dw-private', {}) },
  },
  {
    name: 'a publicly accessible cluster',
    status: 'FAIL',
    template: {
      logicalId: 'Dw',
      resources: {
        Dw: {
          Type: 'AWS::Redshift::Cluster',
          Properties: { ...REDSHIFT_REQUIRED, PubliclyAccessible: true },
        },
      },
    },
    live: {
      id: redshiftArn('dw-public'),
      add: (account) => addRedshift(account, 'dw-public', { public: true }),
    },
  },
]);

parityCases('redshift-cluster-requires-ssl', [
  {
    name: 'a parameter group with require_ssl true',
    status: 'PASS',
    template: {
      logicalId: 'Dw',
      resources: {
        Params: {
          Type: 'AWS::Redshift::ClusterParameterGroup',
          Properties: {
            Description: 'tls',
            ParameterGroupFamily: 'redshift-1.0',
            Parameters: [{ ParameterName: 'require_ssl', ParameterValue: 'true' }],
          },
        },
        Dw: {
          Type: 'AWS::Redshift::Cluster',
          Properties: { ...REDSHIFT_REQUIRED, ClusterParameterGroupName: { Ref: 'Params' } },
        },
      },
    },
    live: {
      id: redshiftArn('dw-ssl'),
      add: (account) => addRedshift(account, 'dw-ssl', { requireSsl: 'true' }),
    },
  },
  {
    name: 'a parameter group with require_ssl false',
    status: 'FAIL',
    template: {
      logicalId: 'Dw',
      resources: {
        Params: {
          Type: 'AWS::Redshift::ClusterParameterGroup',
          Properties: {
            Description: 'plain',
            ParameterGroupFamily: 'redshift-1.0',
            Parameters: [{ ParameterName: 'require_ssl', ParameterValue: 'false' }],
          },
        },
        Dw: {
          Type: 'AWS::Redshift::Cluster',
          Properties: { ...REDSHIFT_REQUIRED, ClusterParameterGroupName: { Ref: 'Params' } },
        },
      },
    },
    live: {
      id: redshiftArn('dw-plain'),
      add: (account) => addRedshift(account, 'dw-plain', { requireSsl: 'false' }),
    },
  },
]);

parityCases('redshift-cluster-audit-logging', [
  {
    name: 'audit logging to CloudWatch Logs',
    status: 'PASS',
    template: {
      logicalId: 'Dw',
      resources: {
        Dw: {
          Type: 'AWS::Redshift::Cluster',
          Properties: {
            ...REDSHIFT_REQUIRED,
            LoggingProperties: { LogDestinationType: 'cloudwatch', LogExports: ['connectionlog'] },
          },
        },
      },
    },
    live: {
      id: redshiftArn('dw-logged'),
      add: (account) => addRedshift(account, 'dw-logged', { logging: true }),
    },
  },
  {
    name: 'no audit logging',
    status: 'FAIL',
    template: {
      logicalId: 'Dw',
      resources: { Dw: { Type: 'AWS::Redshift::Cluster', Properties: REDSHIFT_REQUIRED } },
    },
    live: { id: redshiftArn('dw-silent'), add: (account) => addRedshift(account, 'dw-silent', {}) },
  },
]);

parityCases('redshift-automated-snapshots', [
  {
    name: 'the default one day of automated snapshots is too short',
    status: 'FAIL',
    template: {
      logicalId: 'Dw',
      resources: { Dw: { Type: 'AWS::Redshift::Cluster', Properties: REDSHIFT_REQUIRED } },
    },
    live: { id: redshiftArn('dw-1day'), add: (account) => addRedshift(account, 'dw-1day', { retention: 1 }) },
  },
  {
    name: 'seven days of automated snapshots',
    status: 'PASS',
    template: {
      logicalId: 'Dw',
      resources: {
        Dw: {
          Type: 'AWS::Redshift::Cluster',
          Properties: { ...REDSHIFT_REQUIRED, AutomatedSnapshotRetentionPeriod: 7 },
        },
      },
    },
    live: {
      id: redshiftArn('dw-7days'),
      add: (account) => addRedshift(account, 'dw-7days', { retention: 7 }),
    },
  },
]);

parityCases('redshift-cluster-encrypted', [
  {
    name: 'an unencrypted cluster',
    status: 'FAIL',
    template: {
      logicalId: 'Dw',
      resources: {
        Dw: { Type: 'AWS::Redshift::Cluster', Properties: { ...REDSHIFT_REQUIRED, Encrypted: false } },
      },
    },
    live: {
      id: redshiftArn('dw-clear'),
      add: (account) => addRedshift(account, 'dw-clear', { encrypted: false }),
    },
  },
  {
    name: 'a cluster created without Encrypted is encrypted (CreateCluster default true)',
    status: 'PASS',
    template: {
      logicalId: 'Dw',
      resources: { Dw: { Type: 'AWS::Redshift::Cluster', Properties: REDSHIFT_REQUIRED } },
    },
    live: { id: redshiftArn('dw-sealed'), add: (account) => addRedshift(account, 'dw-sealed', {}) },
  },
]);
