import type { Stage } from '@aws-sdk/client-api-gateway';
import { parityCases } from '../../support/parity.js';
import type { FakeAccount } from '../../support/aws-server/index.js';

const ARN = (api: string) => `arn:aws:apigateway:us-east-1::/restapis/${api}/stages/prod`;

/** A REST API with one stage as GetStages returns it (methodSettings and accessLogSettings left out when unset). */
function addStage(account: FakeAccount, api: string, stage: Partial<Stage>): void {
  const region = (account.regions['us-east-1'] ??= {});
  const apigateway = (region.apigateway ??= { restApis: [] });
  apigateway.restApis.push({ id: api, name: api, endpointConfiguration: { types: ['REGIONAL'] } });
  (apigateway.stages ??= {})[api] = [
    { stageName: 'prod', deploymentId: 'dep-1', cacheClusterEnabled: false, tracingEnabled: false, ...stage },
  ];
}

const template = (logicalId: string, properties: Record<string, unknown>) => ({
  logicalId,
  resources: {
    Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'api' } },
    [logicalId]: {
      Type: 'AWS::ApiGateway::Stage',
      Properties: { RestApiId: { Ref: 'Api' }, DeploymentId: 'dep-1', StageName: 'prod', ...properties },
    },
  },
});

parityCases('apigateway-stage-logging', [
  {
    name: 'nothing logged',
    status: 'FAIL',
    template: template('Silent', {}),
    live: { id: ARN('silent'), add: (account) => addStage(account, 'silent', {}) },
  },
  {
    name: 'execution logs at ERROR for every method',
    status: 'PASS',
    template: template('Logged', {
      MethodSettings: [{ ResourcePath: '/*', HttpMethod: '*', LoggingLevel: 'ERROR' }],
    }),
    live: {
      id: ARN('logged'),
      add: (account) =>
        addStage(account, 'logged', {
          methodSettings: {
            '*/*': {
              loggingLevel: 'ERROR',
              cachingEnabled: false,
              cacheDataEncrypted: false,
              metricsEnabled: false,
            },
          },
        }),
    },
  },
]);

parityCases('apigateway-cache-encrypted', [
  {
    name: 'cache on, data not encrypted',
    status: 'FAIL',
    template: template('Cached', {
      CacheClusterEnabled: true,
      MethodSettings: [{ ResourcePath: '/*', HttpMethod: '*', CachingEnabled: true }],
    }),
    live: {
      id: ARN('cached'),
      add: (account) =>
        addStage(account, 'cached', {
          cacheClusterEnabled: true,
          methodSettings: { '*/*': { loggingLevel: 'OFF', cachingEnabled: true, cacheDataEncrypted: false } },
        }),
    },
  },
  {
    name: 'no cache cluster',
    status: 'NOT_APPLICABLE',
    template: template('Uncached', {}),
    live: { id: ARN('uncached'), add: (account) => addStage(account, 'uncached', {}) },
  },
]);
