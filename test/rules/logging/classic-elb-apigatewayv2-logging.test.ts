import { ruleCases } from '../../support/rule-cases.js';

const classic = (extra: string) => `
Parameters:
  Flag: { Type: String }
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      AvailabilityZones: [us-east-1a]
      Listeners: [{ Protocol: HTTP, LoadBalancerPort: 80, InstancePort: 80 }]${extra}`;

ruleCases('load-balancer-access-logs', {
  pass: [
    {
      name: 'a Classic Load Balancer with an access logging policy',
      template: classic(
        '\n      AccessLoggingPolicy: { Enabled: true, S3BucketName: logs, EmitInterval: 60 }',
      ),
    },
  ],
  fail: [
    {
      name: 'a Classic Load Balancer without AccessLoggingPolicy: off by default',
      template: classic(''),
      message: 'access logs are off',
    },
    {
      name: 'a Classic Load Balancer with logging disabled',
      template: classic('\n      AccessLoggingPolicy: { Enabled: false, S3BucketName: logs }'),
    },
  ],
  unknown: [
    {
      name: 'Classic: Enabled from a parameter without a value',
      template: classic('\n      AccessLoggingPolicy: { Enabled: !Ref Flag, S3BucketName: logs }'),
    },
  ],
});

const stage = (extra: string) => `
Parameters:
  Destination: { Type: String }
Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: orders, ProtocolType: HTTP }
  Logs:
    Type: AWS::Logs::LogGroup
    Properties: { RetentionInDays: 365 }
  Stage:
    Type: AWS::ApiGatewayV2::Stage
    Properties:
      ApiId: !Ref Api
      StageName: prod${extra}`;

ruleCases('apigatewayv2-stage-access-logging', {
  pass: [
    {
      name: 'access logs to a log group of the template',
      template: stage(
        "\n      AccessLogSettings: { DestinationArn: !GetAtt Logs.Arn, Format: '$context.requestId' }",
      ),
      resource: 'Stage',
    },
    {
      name: 'access logs to a literal log group ARN',
      template: stage(
        "\n      AccessLogSettings: { DestinationArn: 'arn:aws:logs:us-east-1:111122223333:log-group:api', Format: '$context.requestId' }",
      ),
      resource: 'Stage',
    },
  ],
  fail: [
    {
      name: 'no AccessLogSettings',
      template: stage(''),
      resource: 'Stage',
      message: 'no access log settings',
    },
  ],
  unknown: [
    {
      name: 'destination from a parameter without a value',
      template: stage(
        "\n      AccessLogSettings: { DestinationArn: !Ref Destination, Format: '$context.requestId' }",
      ),
      resource: 'Stage',
    },
  ],
});
