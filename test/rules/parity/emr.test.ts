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

function addSubnet(account: FakeAccount, subnetId: string, mapPublicIp: boolean): void {
  const ec2 = ((account.regions[PARITY_REGION] ??= {}).ec2 ??= {});
  const vpcs = (ec2.vpcs ??= []);
  if (!vpcs.some((vpc) => vpc.VpcId === 'vpc-emr')) vpcs.push({ VpcId: 'vpc-emr', CidrBlock: '10.0.0.0/16' });
  (ec2.subnets ??= []).push({ SubnetId: subnetId, VpcId: 'vpc-emr', MapPublicIpOnLaunch: mapPublicIp });
}

function subnetTemplate(mapPublicIp: boolean): Record<string, unknown> {
  return {
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
    Subnet: {
      Type: 'AWS::EC2::Subnet',
      Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.1.0/24', MapPublicIpOnLaunch: mapPublicIp },
    },
    Cluster: {
      Type: 'AWS::EMR::Cluster',
      Properties: { ...CLUSTER_PROPERTIES, Instances: { Ec2SubnetId: { Ref: 'Subnet' } } },
    },
  };
}

parityCases('emr-master-no-public-ip', [
  {
    name: 'a subnet that maps no public IPs',
    status: 'PASS',
    template: { logicalId: 'Cluster', resources: subnetTemplate(false) },
    live: {
      id: clusterArn('j-PRIVATE'),
      add: (account) => {
        addSubnet(account, 'subnet-private', false);
        addCluster(
          account,
          { Id: 'j-PRIVATE', Name: 'private', Ec2InstanceAttributes: { Ec2SubnetId: 'subnet-private' } },
          {},
        );
      },
    },
  },
  {
    name: 'a subnet that maps public IPs on launch',
    status: 'FAIL',
    template: { logicalId: 'Cluster', resources: subnetTemplate(true) },
    live: {
      id: clusterArn('j-PUBLIC'),
      add: (account) => {
        addSubnet(account, 'subnet-public', true);
        addCluster(
          account,
          { Id: 'j-PUBLIC', Name: 'public', Ec2InstanceAttributes: { Ec2SubnetId: 'subnet-public' } },
          {},
        );
      },
    },
  },
]);
