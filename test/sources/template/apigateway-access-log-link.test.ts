/**
 * A REST stage's access log destination that names a log group of the same
 * template (`!GetAtt LogGroup.Arn`, as serverless-patterns'
 * apigw-execution-access-logs writes it) is set: the ARN is known only after
 * deployment, but that access logging is on is decided by the template.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../support/rule-cases.js';
import { inventoryFromTemplate } from '../../support/template.js';

/** aws-samples/serverless-patterns apigw-execution-access-logs/template.yaml, trimmed. */
const ACCESS_LOGS = `Transform: AWS::Serverless-2016-10-31
Resources:
  MyApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      AccessLogSetting:
        DestinationArn: !GetAtt MyLogGroup.Arn
        Format: '$context.requestId'
      MethodSettings:
        - MetricsEnabled: True
          ResourcePath: '/*'
          HttpMethod: '*'
          LoggingLevel: INFO
  MyLogGroup:
    Type: AWS::Logs::LogGroup
  PlainStage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref MyApi
      StageName: plain
      AccessLogSetting:
        DestinationArn: !GetAtt MyLogGroup.Arn
  UnresolvedStage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref MyApi
      StageName: unresolved
      AccessLogSetting:
        DestinationArn: !ImportValue shared-log-group-arn
`;

describe('REST stage access log destinations that name a template resource', () => {
  it('read as set (PASS), naming the log group; an unresolved one stays UNKNOWN', async () => {
    const findings = findingsOf('apigateway-stage-logging', await inventoryFromTemplate(ACCESS_LOGS));
    expect(findings.map((finding) => [finding.resource.id, finding.status, finding.message])).toEqual([
      ['template/MyApiprodStage', 'PASS', 'execution logs at INFO; access logs to template/MyLogGroup'],
      ['template/PlainStage', 'PASS', 'access logs to template/MyLogGroup'],
      [
        'template/UnresolvedStage',
        'UNKNOWN',
        expect.stringContaining('UnresolvedStage.AccessLogSetting.DestinationArn'),
      ],
    ]);
  });
});
