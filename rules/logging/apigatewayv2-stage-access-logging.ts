import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'apigatewayv2-stage-access-logging',
  title: 'API Gateway HTTP and WebSocket API stages write access logs',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['apigatewayv2-stage'],
  rationale:
    'Access logs record who called an HTTP or WebSocket API, from where, and with what result. CloudTrail does ' +
    'not see these data-plane requests, so without access logs abuse of an API cannot be detected or investigated.',
  remediation: {
    summary: 'Set the stage access log settings to a CloudWatch Logs log group with a request-id format.',
    cloudformation:
      'AWS::ApiGatewayV2::Stage: `AccessLogSettings: { DestinationArn: !GetAtt AccessLogs.Arn, Format: \'{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","status":"$context.status"}\' }`',
    cdk: 'new apigwv2.CfnStage(this, "Stage", { apiId, stageName, accessLogSettings: { destinationArn: logGroup.logGroupArn, format } })',
    cli: 'aws apigatewayv2 update-stage --api-id <id> --stage-name <stage> --access-log-settings DestinationArn=<log-group-arn>,Format=<format>',
  },
  equivalents: {
    prowler: ['apigatewayv2_api_access_logging_enabled'],
    fsbp: ['APIGateway.9'],
  },
  evaluate(stage) {
    if (isUnknown(stage.accessLogDestination)) return undetermined(stage.accessLogDestination);
    const evidence = { accessLogDestination: stage.accessLogDestination ?? null };
    return stage.accessLogDestination === undefined
      ? fail('the stage has no access log settings', evidence)
      : pass(`access logs go to ${stage.accessLogDestination}`, evidence);
  },
});
