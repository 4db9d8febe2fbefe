/**
 * The sample account's analytics services (us-east-1): a reporting warehouse
 * left public, without audit logging and with Redshift's one-day snapshot
 * default; an event stream encrypted but kept only 24 hours; a search domain in
 * the VPC with encryption on both paths but no audit logs.
 */
import type { FakeRegion } from './account.js';
import { CREATED } from './builders.js';

export function sampleAnalytics(account: string, region: string): Partial<FakeRegion> {
  return {
    redshift: {
      clusters: [
        {
          ClusterIdentifier: 'reporting-dw',
          Encrypted: true,
          KmsKeyId: `arn:aws:kms:${region}:${account}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
          PubliclyAccessible: true,
          AutomatedSnapshotRetentionPeriod: 1,
          ClusterParameterGroups: [
            { ParameterGroupName: 'reporting-params', ParameterApplyStatus: 'in-sync' },
          ],
        },
      ],
      loggingEnabled: { 'reporting-dw': false },
      parameterGroups: { 'reporting-params': [{ ParameterName: 'require_ssl', ParameterValue: 'true' }] },
    },
    kinesis: {
      streams: [
        {
          StreamName: 'payment-events',
          StreamARN: `arn:aws:kinesis:${region}:${account}:stream/payment-events`,
          StreamStatus: 'ACTIVE',
          RetentionPeriodHours: 24,
          StreamCreationTimestamp: CREATED,
          EnhancedMonitoring: [],
          OpenShardCount: 2,
          EncryptionType: 'KMS',
          KeyId: 'alias/aws/kinesis',
        },
      ],
    },
    opensearch: {
      domains: [
        {
          DomainId: `${account}/support-search`,
          DomainName: 'support-search',
          ARN: `arn:aws:es:${region}:${account}:domain/support-search`,
          ClusterConfig: {},
          EngineVersion: 'OpenSearch_2.11',
          EncryptionAtRestOptions: { Enabled: true },
          NodeToNodeEncryptionOptions: { Enabled: true },
          VPCOptions: { VPCId: 'vpc-0a1b2c3d4e5f60001', SubnetIds: ['subnet-0app0000000000a1'] },
          LogPublishingOptions: {
            ES_APPLICATION_LOGS: {
              Enabled: true,
              CloudWatchLogsLogGroupArn: `arn:aws:logs:${region}:${account}:log-group:/aws/opensearch/support`,
            },
          },
        },
      ],
    },
  };
}
