import { ruleCases } from '../../support/rule-cases.js';

const CLUSTER = 'NodeType: ra3.xlplus, ClusterType: single-node, DBName: dev, MasterUsername: admin';

ruleCases('redshift-cluster-audit-logging', {
  pass: [
    {
      name: 'logging to S3',
      template: `
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER}, LoggingProperties: { BucketName: audit-logs } }`,
    },
  ],
  fail: [
    {
      name: 'no LoggingProperties',
      template: `
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER} }`,
    },
  ],
  unknown: [
    {
      name: 'LoggingProperties behind a condition on a parameter without default',
      template: `
Parameters:
  Env: { Type: String }
Conditions:
  Prod: !Equals [!Ref Env, prod]
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties:
      NodeType: ra3.xlplus
      ClusterType: single-node
      DBName: dev
      MasterUsername: admin
      LoggingProperties: !If [Prod, { BucketName: audit-logs }, !Ref AWS::NoValue]`,
    },
  ],
});

function domain(logs: string): string {
  return `
Resources:
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions: ${logs}`;
}

const GROUP = 'CloudWatchLogsLogGroupArn: arn:aws:logs:us-east-1:111122223333:log-group:os';

ruleCases('opensearch-audit-logging', {
  pass: [{ name: 'AUDIT_LOGS enabled', template: domain(`{ AUDIT_LOGS: { Enabled: true, ${GROUP} } }`) }],
  fail: [
    { name: 'AUDIT_LOGS listed but not enabled', template: domain(`{ AUDIT_LOGS: { ${GROUP} } }`) },
    {
      name: 'only application logs',
      template: domain(`{ ES_APPLICATION_LOGS: { Enabled: true, ${GROUP} } }`),
    },
  ],
  unknown: [
    {
      name: 'Enabled from a parameter without default',
      template: `
Parameters:
  Audit: { Type: String }
Resources:
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions: { AUDIT_LOGS: { Enabled: !Ref Audit, ${GROUP} } }`,
    },
  ],
});

ruleCases('opensearch-logs-to-cloudwatch', {
  pass: [
    {
      name: 'error, search slow and index slow logs',
      template: domain(
        `{ ES_APPLICATION_LOGS: { Enabled: true, ${GROUP} }, SEARCH_SLOW_LOGS: { Enabled: true, ${GROUP} }, INDEX_SLOW_LOGS: { Enabled: true, ${GROUP} } }`,
      ),
    },
  ],
  fail: [
    {
      name: 'slow logs only (no error logs)',
      message: 'ES_APPLICATION_LOGS',
      template: domain(
        `{ SEARCH_SLOW_LOGS: { Enabled: true, ${GROUP} }, INDEX_SLOW_LOGS: { Enabled: true, ${GROUP} } }`,
      ),
    },
  ],
  unknown: [
    {
      name: 'log options from a parameter-driven condition',
      template: `
Parameters:
  Env: { Type: String }
Conditions:
  Prod: !Equals [!Ref Env, prod]
Resources:
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions: !If [Prod, { ES_APPLICATION_LOGS: { Enabled: true, ${GROUP} } }, !Ref AWS::NoValue]`,
    },
  ],
});

function task(settings: string | undefined): string {
  return `
Resources:
  Task:
    Type: AWS::DMS::ReplicationTask
    Properties:
      MigrationType: full-load-and-cdc
      ReplicationInstanceArn: arn:aws:dms:us-east-1:111122223333:rep:R
      SourceEndpointArn: arn:aws:dms:us-east-1:111122223333:endpoint:S
      TargetEndpointArn: arn:aws:dms:us-east-1:111122223333:endpoint:T
      TableMappings: '{"rules":[]}'${settings === undefined ? '' : `\n      ReplicationTaskSettings: '${settings}'`}`;
}

const logging = (components: [string, string][]) =>
  JSON.stringify({
    Logging: { EnableLogging: true, LogComponents: components.map(([Id, Severity]) => ({ Id, Severity })) },
  });

const ALL_DEFAULT = logging([
  ['SOURCE_CAPTURE', 'LOGGER_SEVERITY_DEFAULT'],
  ['SOURCE_UNLOAD', 'LOGGER_SEVERITY_DEBUG'],
  ['TARGET_APPLY', 'LOGGER_SEVERITY_DEFAULT'],
  ['TARGET_LOAD', 'LOGGER_SEVERITY_DETAILED_DEBUG'],
]);
const SOURCE_ONLY = logging([
  ['SOURCE_CAPTURE', 'LOGGER_SEVERITY_DEFAULT'],
  ['SOURCE_UNLOAD', 'LOGGER_SEVERITY_DEFAULT'],
  ['TARGET_APPLY', 'LOGGER_SEVERITY_ERROR'],
]);

ruleCases('dms-task-source-logging', {
  pass: [
    { name: 'source components at default severity or above', template: task(ALL_DEFAULT) },
    { name: 'target logged at errors only does not matter here', template: task(SOURCE_ONLY) },
  ],
  fail: [
    { name: 'no task settings: logging off', message: 'logging is off', template: task(undefined) },
    {
      name: 'logging off in the settings',
      template: task(JSON.stringify({ Logging: { EnableLogging: false } })),
    },
  ],
  unknown: [{ name: 'settings that are not JSON', message: 'not valid JSON', template: task('{not json') }],
});

ruleCases('dms-task-target-logging', {
  pass: [{ name: 'target components at default severity or above', template: task(ALL_DEFAULT) }],
  fail: [
    {
      name: 'TARGET_APPLY at errors only and TARGET_LOAD not listed',
      message: 'TARGET_APPLY, TARGET_LOAD',
      template: task(SOURCE_ONLY),
    },
  ],
  unknown: [{ name: 'settings that are not JSON', template: task('{not json') }],
});
