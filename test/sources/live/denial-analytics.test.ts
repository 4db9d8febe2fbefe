/**
 * Redshift, OpenSearch, Kinesis, ElastiCache, DAX, DMS, MSK, MSK Connect and
 * SageMaker: each call denied makes the rules that read it UNKNOWN, never PASS.
 */
import { describe, expect, it } from 'vitest';
import { emptyAccount, type FakeAccount, type FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

const R = 'us-east-1:111122223333';

/** One compliant resource per service: with nothing denied, every rule below PASSes on it. */
function compliantAccount(): FakeAccount {
  const account = emptyAccount();
  account.regions['us-east-1'] = {
    redshift: {
      clusters: [
        {
          ClusterIdentifier: 'dw',
          Encrypted: true,
          PubliclyAccessible: false,
          AutomatedSnapshotRetentionPeriod: 7,
          ClusterParameterGroups: [{ ParameterGroupName: 'tls' }],
        },
      ],
      loggingEnabled: { dw: true },
      parameterGroups: { tls: [{ ParameterName: 'require_ssl', ParameterValue: 'true' }] },
    },
    opensearch: {
      domains: [
        {
          DomainId: 'x/search',
          DomainName: 'search',
          ARN: `arn:aws:es:${R}:domain/search`,
          ClusterConfig: {},
          EncryptionAtRestOptions: { Enabled: true },
          NodeToNodeEncryptionOptions: { Enabled: true },
          VPCOptions: { VPCId: 'vpc-1', SubnetIds: ['subnet-1'] },
          LogPublishingOptions: {
            AUDIT_LOGS: { Enabled: true },
            ES_APPLICATION_LOGS: { Enabled: true },
            SEARCH_SLOW_LOGS: { Enabled: true },
            INDEX_SLOW_LOGS: { Enabled: true },
          },
        },
      ],
    },
    kinesis: {
      streams: [
        {
          StreamName: 'events',
          StreamARN: `arn:aws:kinesis:${R}:stream/events`,
          StreamStatus: 'ACTIVE',
          RetentionPeriodHours: 168,
          StreamCreationTimestamp: new Date('2026-01-01T00:00:00Z'),
          EnhancedMonitoring: [],
          OpenShardCount: 1,
          EncryptionType: 'KMS',
          KeyId: 'alias/aws/kinesis',
        },
      ],
    },
    elasticache: {
      replicationGroups: [
        { ReplicationGroupId: 'cache', TransitEncryptionEnabled: true, SnapshotRetentionLimit: 7 },
      ],
    },
    dax: { clusters: [{ ClusterName: 'dax', ClusterEndpointEncryptionType: 'TLS' }] },
    dms: {
      endpoints: [
        {
          EndpointArn: `arn:aws:dms:${R}:endpoint:E`,
          EndpointIdentifier: 'redis',
          EngineName: 'redis',
          RedisSettings: { ServerName: 'c', Port: 6379, SslSecurityProtocol: 'ssl-encryption' },
        },
      ],
      replicationInstances: [{ ReplicationInstanceArn: `arn:aws:dms:${R}:rep:R`, PubliclyAccessible: false }],
      replicationTasks: [
        {
          ReplicationTaskArn: `arn:aws:dms:${R}:task:T`,
          ReplicationTaskSettings: JSON.stringify({
            Logging: {
              EnableLogging: true,
              LogComponents: ['SOURCE_CAPTURE', 'SOURCE_UNLOAD', 'TARGET_APPLY', 'TARGET_LOAD'].map((Id) => ({
                Id,
                Severity: 'LOGGER_SEVERITY_DEFAULT',
              })),
            },
          }),
        },
      ],
    },
    kafka: {
      clusters: [
        {
          ClusterArn: `arn:aws:kafka:${R}:cluster/k/1`,
          ClusterName: 'k',
          ClusterType: 'PROVISIONED',
          Provisioned: {
            BrokerNodeGroupInfo: { InstanceType: 'kafka.m5.large', ClientSubnets: ['subnet-1'] },
            NumberOfBrokerNodes: 2,
            EncryptionInfo: { EncryptionInTransit: { ClientBroker: 'TLS', InCluster: true } },
          },
        },
      ],
    },
    kafkaconnect: {
      connectors: [
        {
          connectorArn: `arn:aws:kafkaconnect:${R}:connector/c/1`,
          connectorName: 'c',
          kafkaClusterEncryptionInTransit: { encryptionType: 'TLS' },
        },
      ],
    },
    sagemaker: {
      notebookInstances: [
        {
          NotebookInstanceName: 'nb',
          NotebookInstanceArn: `arn:aws:sagemaker:${R}:notebook-instance/nb`,
          KmsKeyId: `arn:aws:kms:${R}:key/k`,
          DirectInternetAccess: 'Disabled',
        },
      ],
      endpointConfigs: [
        {
          EndpointConfigName: 'cfg',
          EndpointConfigArn: `arn:aws:sagemaker:${R}:endpoint-config/cfg`,
          ProductionVariants: [{ ModelName: 'm', VariantName: 'v' }],
          KmsKeyId: `arn:aws:kms:${R}:key/k`,
          CreationTime: new Date('2026-01-01T00:00:00Z'),
        },
      ],
    },
  };
  return account;
}

interface DenialCase {
  deny: string;
  rules: string[];
}

const CASES: DenialCase[] = [
  {
    deny: 'redshift:DescribeClusters',
    rules: [
      'redshift-cluster-encrypted',
      'redshift-cluster-requires-ssl',
      'redshift-cluster-not-public',
      'redshift-cluster-audit-logging',
      'redshift-automated-snapshots',
    ],
  },
  { deny: 'redshift:DescribeLoggingStatus', rules: ['redshift-cluster-audit-logging'] },
  { deny: 'redshift:DescribeClusterParameters', rules: ['redshift-cluster-requires-ssl'] },
  { deny: 'es:ListDomainNames', rules: ['opensearch-domain-encrypted', 'opensearch-domain-in-vpc'] },
  {
    deny: 'es:DescribeDomains',
    rules: [
      'opensearch-domain-encrypted',
      'opensearch-node-to-node-encryption',
      'opensearch-domain-in-vpc',
      'opensearch-audit-logging',
      'opensearch-logs-to-cloudwatch',
    ],
  },
  { deny: 'kinesis:ListStreams', rules: ['kinesis-stream-encrypted', 'kinesis-stream-retention'] },
  { deny: 'kinesis:DescribeStreamSummary', rules: ['kinesis-stream-encrypted', 'kinesis-stream-retention'] },
  {
    deny: 'elasticache:DescribeReplicationGroups',
    rules: ['elasticache-redis-in-transit-encryption', 'elasticache-redis-backups'],
  },
  { deny: 'dax:DescribeClusters', rules: ['dax-cluster-endpoint-tls'] },
  { deny: 'dms:DescribeEndpoints', rules: ['dms-redis-endpoint-tls'] },
  { deny: 'dms:DescribeReplicationInstances', rules: ['dms-replication-instance-not-public'] },
  { deny: 'dms:DescribeReplicationTasks', rules: ['dms-task-source-logging', 'dms-task-target-logging'] },
  { deny: 'kafka:ListClustersV2', rules: ['msk-cluster-tls'] },
  { deny: 'kafkaconnect:ListConnectors', rules: ['msk-connect-connector-tls'] },
  {
    deny: 'sagemaker:ListNotebookInstances',
    rules: ['sagemaker-notebook-encrypted-with-kms', 'sagemaker-notebook-no-direct-internet'],
  },
  {
    deny: 'sagemaker:DescribeNotebookInstance',
    rules: ['sagemaker-notebook-encrypted-with-kms', 'sagemaker-notebook-no-direct-internet'],
  },
  { deny: 'sagemaker:ListEndpointConfigs', rules: ['sagemaker-endpoint-config-encrypted-with-kms'] },
  { deny: 'sagemaker:DescribeEndpointConfig', rules: ['sagemaker-endpoint-config-encrypted-with-kms'] },
];

const ALL_RULES = [...new Set(CASES.flatMap((c) => c.rules))];

describe('analytics services: denied calls never PASS', () => {
  it('with nothing denied, every rule PASSes on the compliant account', async () => {
    const scan = await scanFake(compliantAccount());
    for (const ruleId of ALL_RULES) {
      const findings = scan.findings.filter((finding) => finding.ruleId === ruleId);
      expect(findings.length, ruleId).toBeGreaterThan(0);
      expect(
        findings.map((finding) => `${ruleId} ${finding.status} ${finding.message}`),
        ruleId,
      ).toEqual(findings.map((finding) => `${ruleId} PASS ${finding.message}`));
    }
  }, 60_000);

  it.each(CASES)(
    '$deny',
    async ({ deny, rules }) => {
      const faults: FaultRule[] = [{ action: deny, kind: 'AccessDenied' }];
      const scan = await scanFake(compliantAccount(), { faults, live: { maxAttempts: 1 } });
      for (const ruleId of rules) {
        const findings = scan.findings.filter((finding) => finding.ruleId === ruleId);
        expect(findings.length, ruleId).toBeGreaterThan(0);
        for (const finding of findings) {
          expect(finding.status, `${ruleId}: ${finding.message}`).toBe('UNKNOWN');
          expect(`${finding.message} ${JSON.stringify(finding.evidence)}`).toMatch(
            /AccessDenied|not authorized/i,
          );
        }
      }
      expect(scan.incompleteExit).toBe(3);
    },
    60_000,
  );
});
