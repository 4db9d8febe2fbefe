import type { Rule } from '../../src/engine/rule.js';
import cloudfrontFieldLevelEncryption from './cloudfront-field-level-encryption.js';
import albDropsInvalidHeaderFields from './alb-drops-invalid-header-fields.js';
import cloudfrontMinTls from './cloudfront-min-tls.js';
import httpRedirectsToHttps from './http-redirects-to-https.js';
import tlsListenerTls13 from './tls-listener-tls13.js';
import redshiftClusterRequiresSsl from './redshift-cluster-requires-ssl.js';
import opensearchNodeToNodeEncryption from './opensearch-node-to-node-encryption.js';
import elasticacheRedisInTransitEncryption from './elasticache-redis-in-transit-encryption.js';
import daxClusterEndpointTls from './dax-cluster-endpoint-tls.js';
import dmsRedisEndpointTls from './dms-redis-endpoint-tls.js';
import mskClusterTls from './msk-cluster-tls.js';
import mskConnectConnectorTls from './msk-connect-connector-tls.js';
import s3BucketEnforcesTls from './s3-bucket-enforces-tls.js';
import acmCertificateNotExpiring from './acm-certificate-not-expiring.js';
import transferNoPlainFtp from './transfer-no-plain-ftp.js';
import classicElbAcmCertificate from './classic-elb-acm-certificate.js';
import classicElbHttpsListeners from './classic-elb-https-listeners.js';
import rdsEnforcesTls from './rds-enforces-tls.js';
import efsEnforcesTls from './efs-enforces-tls.js';

export const tlsRules: readonly Rule[] = [
  tlsListenerTls13,
  httpRedirectsToHttps,
  cloudfrontMinTls,
  albDropsInvalidHeaderFields,
  redshiftClusterRequiresSsl,
  opensearchNodeToNodeEncryption,
  elasticacheRedisInTransitEncryption,
  daxClusterEndpointTls,
  dmsRedisEndpointTls,
  mskClusterTls,
  mskConnectConnectorTls,
  s3BucketEnforcesTls,
  acmCertificateNotExpiring,
  transferNoPlainFtp,
  cloudfrontFieldLevelEncryption,
  classicElbAcmCertificate,
  classicElbHttpsListeners,
  rdsEnforcesTls,
  efsEnforcesTls,
] as Rule[];
