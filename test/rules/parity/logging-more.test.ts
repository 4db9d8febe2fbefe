/**
 * Service logging and Security Hub: OpenSearch log publishing (audit; error and slow logs),
 * DMS target-side task logging and an enabled Security Hub give the same verdict from a template
 * and from the loopback AWS.
 */
import type { FakeAccount, FakeRegion } from '../../support/aws-server/index.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const ARN = `${PARITY_REGION}:${PARITY_ACCOUNT}`;
const region = (account: FakeAccount): FakeRegion => (account.regions[PARITY_REGION] ??= {});

type LogType = 'AUDIT_LOGS' | 'ES_APPLICATION_LOGS' | 'SEARCH_SLOW_LOGS' | 'INDEX_SLOW_LOGS';
const GROUP_ARN = (type: LogType) => `arn:aws:logs:${ARN}:log-group:/aws/opensearch/${type.toLowerCase()}`;
const DOMAIN_ARN = (name: string) => `arn:aws:es:${ARN}:domain/${name}`;

/** LogPublishingOptions as both CloudFormation and DescribeDomains spell them. */
const publishing = (types: readonly LogType[]) =>
  Object.fromEntries(
    types.map((type) => [type, { Enabled: true, CloudWatchLogsLogGroupArn: GROUP_ARN(type) }]),
  );

function addDomain(account: FakeAccount, name: string, types: readonly LogType[]): void {
  (region(account).opensearch ??= { domains: [] }).domains.push({
    DomainId: `${PARITY_ACCOUNT}/${name}`,
    DomainName: name,
    ARN: DOMAIN_ARN(name),
    ClusterConfig: {},
    EngineVersion: 'OpenSearch_2.11',
    EncryptionAtRestOptions: { Enabled: true, KmsKeyId: `arn:aws:kms:${ARN}:key/os` },
    NodeToNodeEncryptionOptions: { Enabled: true },
    ...(types.length > 0 ? { LogPublishingOptions: publishing(types) } : {}),
  });
}

const domainTemplate = (logicalId: string, name: string, types: readonly LogType[]) => ({
  logicalId,
  resources: {
    [logicalId]: {
      Type: 'AWS::OpenSearchService::Domain',
      Properties: {
        DomainName: name,
        EncryptionAtRestOptions: { Enabled: true },
        NodeToNodeEncryptionOptions: { Enabled: true },
        ...(types.length > 0 ? { LogPublishingOptions: publishing(types) } : {}),
      },
    },
  },
});

/** One case: the same domain in a template and in the account. */
const domainCase = (
  name: string,
  status: 'PASS' | 'FAIL',
  logicalId: string,
  domain: string,
  types: readonly LogType[],
) => ({
  name,
  status,
  template: domainTemplate(logicalId, domain, types),
  live: { id: DOMAIN_ARN(domain), add: (account: FakeAccount) => addDomain(account, domain, types) },
});

parityCases('opensearch-audit-logging', [
  domainCase('no log publishing', 'FAIL', 'Silent', 'silent', []),
  domainCase('error and slow logs but no audit logs', 'FAIL', 'NoAudit', 'no-audit', [
    'ES_APPLICATION_LOGS',
    'SEARCH_SLOW_LOGS',
    'INDEX_SLOW_LOGS',
  ]),
  domainCase('audit logs published', 'PASS', 'Audited', 'audited', ['AUDIT_LOGS']),
]);

parityCases('opensearch-logs-to-cloudwatch', [
  domainCase('no log publishing', 'FAIL', 'Silent', 'silent', []),
  domainCase('audit and error logs only', 'FAIL', 'Partial', 'partial', [
    'AUDIT_LOGS',
    'ES_APPLICATION_LOGS',
  ]),
  domainCase('error, search slow and index slow logs', 'PASS', 'Verbose', 'verbose', [
    'ES_APPLICATION_LOGS',
    'SEARCH_SLOW_LOGS',
    'INDEX_SLOW_LOGS',
  ]),
]);

const dmsArn = (kind: string, id: string) => `arn:aws:dms:${ARN}:${kind}:${id}`;

const taskSettings = (enabled: boolean, components: string[]) =>
  JSON.stringify({
    Logging: {
      EnableLogging: enabled,
      LogComponents: components.map((Id) => ({ Id, Severity: 'LOGGER_SEVERITY_DEFAULT' })),
    },
  });

function taskCase(name: string, status: 'PASS' | 'FAIL', id: string, settings: string) {
  return {
    name,
    status,
    template: {
      logicalId: 'Task',
      resources: {
        Task: {
          Type: 'AWS::DMS::ReplicationTask',
          Properties: {
            MigrationType: 'full-load-and-cdc',
            ReplicationInstanceArn: dmsArn('rep', 'R'),
            SourceEndpointArn: dmsArn('endpoint', 'S'),
            TargetEndpointArn: dmsArn('endpoint', 'T'),
            TableMappings: '{"rules":[]}',
            ReplicationTaskSettings: settings,
          },
        },
      },
    },
    live: {
      id: dmsArn('task', id.toUpperCase()),
      add: (account: FakeAccount) =>
        ((region(account).dms ??= {}).replicationTasks ??= []).push({
          ReplicationTaskIdentifier: id,
          ReplicationTaskArn: dmsArn('task', id.toUpperCase()),
          ReplicationTaskSettings: settings,
        }),
    },
  } as const;
}

parityCases('dms-task-target-logging', [
  taskCase(
    'source components only',
    'FAIL',
    'source-only',
    taskSettings(true, ['SOURCE_CAPTURE', 'SOURCE_UNLOAD']),
  ),
  taskCase('logging off', 'FAIL', 'quiet', taskSettings(false, ['TARGET_APPLY', 'TARGET_LOAD'])),
  taskCase(
    'target apply and load logged',
    'PASS',
    'target-logged',
    taskSettings(true, ['TARGET_APPLY', 'TARGET_LOAD']),
  ),
]);

const HUB_ARN = `arn:aws:securityhub:${ARN}:hub/default`;

parityCases('securityhub-enabled', [
  {
    name: 'an enabled hub',
    status: 'PASS',
    template: { logicalId: 'Hub', resources: { Hub: { Type: 'AWS::SecurityHub::Hub', Properties: {} } } },
    live: {
      id: HUB_ARN,
      add: (account) => {
        region(account).securityhub = { hubArn: HUB_ARN, subscribedAt: '2026-01-01T00:00:00.000Z' };
      },
    },
  },
]);
