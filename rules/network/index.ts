import type { Rule } from '../../src/engine/rule.js';
import dbSnapshotsNotPublic from './db-snapshots-not-public.js';
import ec2InstanceNoExposedPorts from './ec2-instance-no-exposed-ports.js';
import vpcPublicAndPrivateSubnets from './vpc-public-and-private-subnets.js';
import transitGatewayNoAutoAccept from './transit-gateway-no-auto-accept.js';
import internetGatewayAuthorizedVpcs from './internet-gateway-authorized-vpcs.js';
import eipAssociated from './eip-associated.js';
import sgAttachedToEni from './sg-attached-to-eni.js';
import defaultSgRestrictsAll from './default-sg-restricts-all.js';
import naclNoPublicAdminIngress from './nacl-no-public-admin-ingress.js';
import amiNotPublic from './ami-not-public.js';
import ebsSnapshotBlockPublicAccess from './ebs-snapshot-block-public-access.js';
import ebsSnapshotNotPublic from './ebs-snapshot-not-public.js';
import launchTemplateNoPublicIp from './launch-template-no-public-ip.js';
import ec2InstanceInVpc from './ec2-instance-in-vpc.js';
import ec2InstanceNoPublicIp from './ec2-instance-no-public-ip.js';
import dbNotPubliclyAccessible from './db-not-publicly-accessible.js';
import dbSubnetsPrivate from './db-subnets-private.js';
import s3PublicAccessBlocked from './s3-public-access-blocked.js';
import s3AccountPublicAccessBlock from './s3-account-public-access-block.js';
import sgNoPublicAdminPorts from './sg-no-public-admin-ports.js';
import sgNoPublicAllPorts from './sg-no-public-all-ports.js';
import sgNoPublicHighRiskPorts from './sg-no-public-high-risk-ports.js';
import subnetNoAutoPublicIp from './subnet-no-auto-public-ip.js';
import redshiftClusterNotPublic from './redshift-cluster-not-public.js';
import dmsReplicationInstanceNotPublic from './dms-replication-instance-not-public.js';
import opensearchDomainInVpc from './opensearch-domain-in-vpc.js';
import sagemakerNotebookNoDirectInternet from './sagemaker-notebook-no-direct-internet.js';
import lambdaNotPublic from './lambda-not-public.js';
import lambdaInVpc from './lambda-in-vpc.js';
import eksEndpointNotPublic from './eks-endpoint-not-public.js';
import ecrRepositoryNotPublic from './ecr-repository-not-public.js';
import kmsKeyNotPublic from './kms-key-not-public.js';
import logsResourcePolicyNotPublic from './logs-resource-policy-not-public.js';
import emrMasterNoPublicIp from './emr-master-no-public-ip.js';
import sqsQueueNotPublic from './sqs-queue-not-public.js';
import snsTopicNotPublic from './sns-topic-not-public.js';
import resourcePolicyNotPublic from './resource-policy-not-public.js';
import secretNotPublic from './secret-not-public.js';
import ec2EnclaveHostHardened from './ec2-enclave-host-hardened.js';

export const networkRules: readonly Rule[] = [
  dbNotPubliclyAccessible,
  dbSubnetsPrivate,
  s3PublicAccessBlocked,
  s3AccountPublicAccessBlock,
  sgNoPublicAdminPorts,
  sgNoPublicAllPorts,
  sgNoPublicHighRiskPorts,
  subnetNoAutoPublicIp,
  redshiftClusterNotPublic,
  dmsReplicationInstanceNotPublic,
  opensearchDomainInVpc,
  sagemakerNotebookNoDirectInternet,
  ec2InstanceNoPublicIp,
  ec2InstanceInVpc,
  launchTemplateNoPublicIp,
  ebsSnapshotNotPublic,
  ebsSnapshotBlockPublicAccess,
  amiNotPublic,
  naclNoPublicAdminIngress,
  defaultSgRestrictsAll,
  sgAttachedToEni,
  eipAssociated,
  transitGatewayNoAutoAccept,
  internetGatewayAuthorizedVpcs,
  vpcPublicAndPrivateSubnets,
  ec2InstanceNoExposedPorts,
  lambdaNotPublic,
  lambdaInVpc,
  eksEndpointNotPublic,
  ecrRepositoryNotPublic,
  dbSnapshotsNotPublic,
  kmsKeyNotPublic,
  logsResourcePolicyNotPublic,
  emrMasterNoPublicIp,
  sqsQueueNotPublic,
  snsTopicNotPublic,
  resourcePolicyNotPublic,
  secretNotPublic,
  ec2EnclaveHostHardened,
] as Rule[];
