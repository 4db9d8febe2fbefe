import { parityCases } from '../../support/parity.js';
import {
  ACM_CERTIFICATE,
  addClassicElb,
  addHttpApiStage,
  apiGatewayV2StageArn,
  classicElbArn,
  IAM_SERVER_CERTIFICATE,
} from '../../support/aws-server/classic-elb-fixtures.js';

const classicTemplate = (logicalId: string, properties: Record<string, unknown>) => ({
  logicalId,
  resources: {
    [logicalId]: {
      Type: 'AWS::ElasticLoadBalancing::LoadBalancer',
      Properties: { AvailabilityZones: ['us-east-1a'], ...properties },
    },
  },
});

const https = (SSLCertificateId: string) => ({
  Protocol: 'HTTPS',
  LoadBalancerPort: 443,
  InstancePort: 80,
  InstanceProtocol: 'HTTP',
  SSLCertificateId,
});
const http = { Protocol: 'HTTP', LoadBalancerPort: 80, InstancePort: 80, InstanceProtocol: 'HTTP' };

parityCases('classic-elb-acm-certificate', [
  {
    name: 'an HTTPS listener with an ACM certificate',
    status: 'PASS',
    template: classicTemplate('Acm', { Listeners: [https(ACM_CERTIFICATE)] }),
    live: {
      id: classicElbArn('acm'),
      add: (account) => addClassicElb(account, 'acm', [https(ACM_CERTIFICATE)], true),
    },
  },
  {
    name: 'an HTTPS listener with an IAM server certificate',
    status: 'FAIL',
    template: classicTemplate('Iam', { Listeners: [https(IAM_SERVER_CERTIFICATE)] }),
    live: {
      id: classicElbArn('iam'),
      add: (account) => addClassicElb(account, 'iam', [https(IAM_SERVER_CERTIFICATE)], true),
    },
  },
]);

parityCases('classic-elb-https-listeners', [
  {
    name: 'HTTPS only',
    status: 'PASS',
    template: classicTemplate('Tls', { Listeners: [https(ACM_CERTIFICATE)] }),
    live: {
      id: classicElbArn('tls'),
      add: (account) => addClassicElb(account, 'tls', [https(ACM_CERTIFICATE)], true),
    },
  },
  {
    name: 'an HTTP listener beside HTTPS',
    status: 'FAIL',
    template: classicTemplate('Mixed', { Listeners: [http, https(ACM_CERTIFICATE)] }),
    live: {
      id: classicElbArn('mixed'),
      add: (account) => addClassicElb(account, 'mixed', [http, https(ACM_CERTIFICATE)], true),
    },
  },
]);

parityCases('load-balancer-access-logs', [
  {
    name: 'a Classic Load Balancer created without an access logging policy',
    status: 'FAIL',
    template: classicTemplate('Quiet', { Listeners: [http] }),
    live: { id: classicElbArn('quiet'), add: (account) => addClassicElb(account, 'quiet', [http], false) },
  },
  {
    name: 'a Classic Load Balancer logging to S3',
    status: 'PASS',
    template: classicTemplate('Logged', {
      Listeners: [http],
      AccessLoggingPolicy: { Enabled: true, S3BucketName: 'elb-logs', EmitInterval: 60 },
    }),
    live: { id: classicElbArn('logged'), add: (account) => addClassicElb(account, 'logged', [http], true) },
  },
]);

const LOG_GROUP = 'arn:aws:logs:us-east-1:111122223333:log-group:http-api-access';
const stageTemplate = (logicalId: string, properties: Record<string, unknown>) => ({
  logicalId,
  resources: {
    [logicalId]: {
      Type: 'AWS::ApiGatewayV2::Stage',
      Properties: { ApiId: 'a1b2c3', StageName: 'prod', ...properties },
    },
  },
});

parityCases('apigatewayv2-stage-access-logging', [
  {
    name: 'a stage without access log settings',
    status: 'FAIL',
    template: stageTemplate('Silent', {}),
    live: {
      id: apiGatewayV2StageArn('a1b2c3', 'prod'),
      add: (account) => addHttpApiStage(account, 'a1b2c3', 'prod'),
    },
  },
  {
    name: 'a stage logging to a log group',
    status: 'PASS',
    template: stageTemplate('Logged', {
      AccessLogSettings: { DestinationArn: LOG_GROUP, Format: '$context.requestId' },
    }),
    live: {
      id: apiGatewayV2StageArn('d4e5f6', 'prod'),
      add: (account) => addHttpApiStage(account, 'd4e5f6', 'prod', LOG_GROUP),
    },
  },
]);
