import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

/** Levels that log at least resolver errors. */
const LOGGING_LEVELS = new Set(['ERROR', 'INFO', 'DEBUG', 'ALL']);

export default defineRule({
  id: 'appsync-field-logging',
  title: 'AppSync GraphQL APIs have field-level logging',
  severity: 'medium',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['appsync-graphql-api'],
  rationale:
    'Field-level logs record resolver requests, responses and errors, the only trace of who read which field through ' +
    'the API. Prowler passes ALL and ERROR only, from before AppSync added INFO and DEBUG; this rule also passes ' +
    'those two, which log more than ERROR. NONE or no log configuration fails.',
  remediation: {
    summary: 'Give the API a log configuration with a field log level of ERROR or more.',
    cloudformation:
      'AWS::AppSync::GraphQLApi: `LogConfig: { FieldLogLevel: ERROR, CloudWatchLogsRoleArn: ... }`',
    cdk: 'new appsync.GraphqlApi(this, "Api", { logConfig: { fieldLogLevel: appsync.FieldLogLevel.ERROR }, ... })',
    cli: 'aws appsync update-graphql-api --api-id <id> --name <name> --log-config fieldLogLevel=ERROR,cloudWatchLogsRoleArn=<role>',
  },
  equivalents: {
    prowler: ['appsync_field_level_logging_enabled'],
    steampipe: ['appsync_graphql_api_field_level_logging_enabled'],
    fsbp: ['AppSync.2'],
  },
  evaluate(api) {
    if (isUnknown(api.fieldLogLevel)) return undetermined(api.fieldLogLevel);
    if (api.fieldLogLevel !== undefined && LOGGING_LEVELS.has(api.fieldLogLevel)) {
      return pass(`field-level logging is ${api.fieldLogLevel}`, { fieldLogLevel: api.fieldLogLevel });
    }
    return fail(
      api.fieldLogLevel === undefined
        ? 'the API has no log configuration'
        : `field-level logging is ${api.fieldLogLevel}`,
      { fieldLogLevel: api.fieldLogLevel ?? null },
    );
  },
});
