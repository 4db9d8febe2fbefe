/** EMR Kerberos: one verdict from a template cluster and from the same cluster served live. */
import type { Cluster } from '@aws-sdk/client-emr';
import { parityCases, PARITY_ACCOUNT, PARITY_REGION } from '../../support/parity.js';
import type { FakeAccount } from '../../support/aws-server/index.js';

const KERBEROS_DOCUMENT = {
  AuthenticationConfiguration: {
    KerberosConfiguration: {
      Provider: 'ClusterDedicatedKdc',
      ClusterDedicatedKdcConfiguration: { TicketLifetimeInHours: 24 },
    },
  },
};
const ENCRYPTION_DOCUMENT = {
  EncryptionConfiguration: { EnableInTransitEncryption: false, EnableAtRestEncryption: false },
};

function clusterArn(id: string): string {
  return `arn:aws:elasticmapreduce:${PARITY_REGION}:${PARITY_ACCOUNT}:cluster/${id}`;
}

function addCluster(account: FakeAccount, cluster: Cluster, configurations: Record<string, object>): void {
  const emr = ((account.regions[PARITY_REGION] ??= {}).emr ??= { clusters: [] });
  emr.clusters.push({ ...cluster, ClusterArn: clusterArn(cluster.Id!) });
  emr.securityConfigurations = { ...emr.securityConfigurations, ...configurations };
}

const CLUSTER_PROPERTIES = {
  JobFlowRole: 'EMR_EC2_DefaultRole',
  ServiceRole: 'EMR_DefaultRole',
  ReleaseLabel: 'emr-7.1.0',
  Instances: {},
};

parityCases('emr-kerberos-enabled', [
  {
    name: 'a Kerberos security configuration',
    status: 'PASS',
    template: {
      logicalId: 'Cluster',
      resources: {
        Kerberos: {
          Type: 'AWS::EMR::SecurityConfiguration',
          Properties: { Name: 'kerberos', SecurityConfiguration: KERBEROS_DOCUMENT },
        },
        Cluster: {
          Type: 'AWS::EMR::Cluster',
          Properties: {
            ...CLUSTER_PROPERTIES,
            Name: 'kerberized',
            SecurityConfiguration: { Ref: 'Kerberos' },
          },
        },
      },
    },
    live: {
      id: clusterArn('j-KERBEROS'),
      add: (account) =>
        addCluster(
          account,
          { Id: 'j-KERBEROS', Name: 'kerberized', SecurityConfiguration: 'kerberos-parity' },
          { 'kerberos-parity': KERBEROS_DOCUMENT },
        ),
    },
  },
  {
    name: 'a security configuration for encryption only',
    status: 'FAIL',
    template: {
      logicalId: 'Cluster',
      resources: {
        Encryption: {
          Type: 'AWS::EMR::SecurityConfiguration',
          Properties: { SecurityConfiguration: ENCRYPTION_DOCUMENT },
        },
        Cluster: {
          Type: 'AWS::EMR::Cluster',
          Properties: { ...CLUSTER_PROPERTIES, SecurityConfiguration: { Ref: 'Encryption' } },
        },
      },
    },
    live: {
      id: clusterArn('j-ENCRYPTION'),
      add: (account) =>
        addCluster(
          account,
          { Id: 'j-ENCRYPTION', Name: 'encryption-only', SecurityConfiguration: 'encryption-parity' },
          { 'encryption-parity': ENCRYPTION_DOCUMENT },
        ),
    },
  },
  {
    name: 'no security configuration',
    status: 'FAIL',
    template: {
      logicalId: 'Cluster',
      resources: { Cluster: { Type: 'AWS::EMR::Cluster', Properties: CLUSTER_PROPERTIES } },
    },
    live: {
      id: clusterArn('j-PLAIN'),
      add: (account) => addCluster(account, { Id: 'j-PLAIN', Name: 'plain' }, {}),
    },
  },
]);
