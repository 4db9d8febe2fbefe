import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

const LOGGING_LEVELS = new Set(['ERROR', 'INFO']);

export default defineRule({
  id: 'apigateway-stage-logging',
  title: 'API Gateway REST stages log requests',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['apigateway-stage'],
  rationale:
    'Execution logs (ERROR or INFO for every method) and access logs record who called which API and what ' +
    'happened; CloudTrail sees only changes to the API, not calls to it.',
  remediation: {
    summary:
      'Turn on execution logging for every method (*/*, level ERROR or INFO) and access logging to a CloudWatch log group.',
    cloudformation:
      'AWS::ApiGateway::Stage: `MethodSettings: [{ ResourcePath: "/*", HttpMethod: "*", LoggingLevel: ERROR }]`, `AccessLogSetting: { DestinationArn: <log group arn> }`',
    cdk: 'new apigateway.RestApi(this, "Api", { deployOptions: { loggingLevel: apigateway.MethodLoggingLevel.ERROR, accessLogDestination: new apigateway.LogGroupLogDestination(logGroup) } })',
    cli: 'aws apigateway update-stage --rest-api-id <id> --stage-name <stage> --patch-operations op=replace,path=/*/*/logging/loglevel,value=ERROR',
  },
  equivalents: {
    checkov: ['CKV_AWS_76'],
    guard: ['API_GW_EXECUTION_LOGGING_ENABLED'],
    cdkNag: ['AwsSolutions-APIG1', 'NIST.800.53.R5-APIGWExecutionLoggingEnabled'],
    prowler: ['apigateway_restapi_logging_enabled'],
    steampipe: ['apigateway_stage_logging_enabled'],
    fsbp: ['APIGateway.1'],
  },
  evaluate(stage) {
    if (isUnknown(stage.methodSettings)) return undetermined(stage.methodSettings);
    if (isUnknown(stage.accessLogDestination)) return undetermined(stage.accessLogDestination);
    const all = stage.methodSettings.find((method) => method.key === '*/*');
    if (all && isUnknown(all.loggingLevel)) return undetermined(all.loggingLevel);
    const level = all ? (all.loggingLevel as string) : 'OFF';
    const evidence = {
      executionLoggingLevel: level,
      accessLogDestination: stage.accessLogDestination ?? null,
    };
    const logged = [
      ...(LOGGING_LEVELS.has(level) ? [`execution logs at ${level}`] : []),
      ...(stage.accessLogDestination ? [`access logs to ${stage.accessLogDestination}`] : []),
    ];
    if (logged.length === 0) {
      return fail('neither execution logging for all methods nor access logging is on', evidence);
    }
    return pass(logged.join('; '), evidence);
  },
});
