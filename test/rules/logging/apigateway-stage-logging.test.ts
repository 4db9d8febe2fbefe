import { ruleCases } from '../../support/rule-cases.js';

const stage = (properties: string) => `
Parameters:
  Level: { Type: String }
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: api }
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, DeploymentId: dep-1, StageName: prod${properties} }`;

ruleCases('apigateway-stage-logging', {
  pass: [
    {
      name: 'execution logging at ERROR for every method',
      template: stage(', MethodSettings: [{ ResourcePath: "/*", HttpMethod: "*", LoggingLevel: ERROR }]'),
      message: 'execution logs at ERROR',
    },
    {
      name: 'access logging only',
      template: stage(
        ', AccessLogSetting: { DestinationArn: "arn:aws:logs:us-east-1:111122223333:log-group:api" }',
      ),
    },
    {
      name: 'a Deployment whose StageDescription logs at INFO',
      resource: 'Deployment',
      template: `
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: api }
  Deployment:
    Type: AWS::ApiGateway::Deployment
    Properties: { RestApiId: !Ref Api, StageName: prod, StageDescription: { LoggingLevel: INFO } }`,
    },
  ],
  fail: [
    { name: 'nothing set: logging is off', template: stage(''), message: 'neither' },
    {
      name: 'logging for one method only',
      template: stage(', MethodSettings: [{ ResourcePath: "/pets", HttpMethod: GET, LoggingLevel: INFO }]'),
    },
    {
      name: 'level OFF',
      template: stage(', MethodSettings: [{ ResourcePath: "/*", HttpMethod: "*", LoggingLevel: "OFF" }]'),
    },
  ],
  unknown: [
    {
      name: 'level from a parameter without a value',
      template: stage(
        ', MethodSettings: [{ ResourcePath: "/*", HttpMethod: "*", LoggingLevel: !Ref Level }]',
      ),
    },
  ],
});
