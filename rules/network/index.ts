import type { Rule } from '../../src/engine/rule.js';
import dbNotPubliclyAccessible from './db-not-publicly-accessible.js';
import dbSubnetsPrivate from './db-subnets-private.js';
import s3PublicAccessBlocked from './s3-public-access-blocked.js';
import sgNoPublicAdminPorts from './sg-no-public-admin-ports.js';
import sgNoPublicAllPorts from './sg-no-public-all-ports.js';
import sgNoPublicHighRiskPorts from './sg-no-public-high-risk-ports.js';
import subnetNoAutoPublicIp from './subnet-no-auto-public-ip.js';
import redshiftClusterNotPublic from './redshift-cluster-not-public.js';
import dmsReplicationInstanceNotPublic from './dms-replication-instance-not-public.js';
import opensearchDomainInVpc from './opensearch-domain-in-vpc.js';
import sagemakerNotebookNoDirectInternet from './sagemaker-notebook-no-direct-internet.js';

export const networkRules: readonly Rule[] = [
  dbNotPubliclyAccessible,
  dbSubnetsPrivate,
  s3PublicAccessBlocked,
  sgNoPublicAdminPorts,
  sgNoPublicAllPorts,
  sgNoPublicHighRiskPorts,
  subnetNoAutoPublicIp,
  redshiftClusterNotPublic,
  dmsReplicationInstanceNotPublic,
  opensearchDomainInVpc,
  sagemakerNotebookNoDirectInternet,
] as Rule[];
