/** Classic Load Balancers and API Gateway v2 stages for live tests, in the SDK's shapes. */
import type { Listener } from '@aws-sdk/client-elastic-load-balancing';
import type { FakeAccount } from './account.js';

export const FIXTURE_ACCOUNT = '111122223333';
export const FIXTURE_REGION = 'us-east-1';

export const ACM_CERTIFICATE = `arn:aws:acm:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:certificate/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e`;
export const IAM_SERVER_CERTIFICATE = `arn:aws:iam::${FIXTURE_ACCOUNT}:server-certificate/legacy-web`;

export const classicElbArn = (name: string) =>
  `arn:aws:elasticloadbalancing:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:loadbalancer/${name}`;

export function addClassicElb(
  account: FakeAccount,
  name: string,
  listeners: Listener[],
  accessLogs: boolean,
): void {
  const region = (account.regions[FIXTURE_REGION] ??= {});
  const elb = (region.elb ??= { loadBalancers: [] });
  elb.loadBalancers.push({
    LoadBalancerName: name,
    DNSName: `${name}-123456789.${FIXTURE_REGION}.elb.amazonaws.com`,
    Scheme: 'internet-facing',
    ListenerDescriptions: listeners.map((Listener) => ({ Listener, PolicyNames: [] })),
    AvailabilityZones: [`${FIXTURE_REGION}a`, `${FIXTURE_REGION}b`],
    CreatedTime: new Date('2026-01-01T00:00:00Z'),
  });
  (elb.attributes ??= {})[name] = {
    AccessLog: accessLogs
      ? { Enabled: true, S3BucketName: 'elb-logs', EmitInterval: 60 }
      : { Enabled: false },
  };
}

export const apiGatewayV2StageArn = (apiId: string, stage: string) =>
  `arn:aws:apigateway:${FIXTURE_REGION}::/apis/${apiId}/stages/${stage}`;

export function addHttpApiStage(
  account: FakeAccount,
  apiId: string,
  stage: string,
  logGroupArn?: string,
): void {
  const region = (account.regions[FIXTURE_REGION] ??= {});
  const data = (region.apigatewayv2 ??= { apis: [] });
  if (!data.apis.some((api) => api.ApiId === apiId))
    data.apis.push({
      ApiId: apiId,
      Name: `api-${apiId}`,
      ProtocolType: 'HTTP',
      RouteSelectionExpression: '${request.method} ${request.path}',
    });
  ((data.stages ??= {})[apiId] ??= []).push({
    StageName: stage,
    ...(logGroupArn
      ? { AccessLogSettings: { DestinationArn: logGroupArn, Format: '$context.requestId' } }
      : {}),
  });
}
