import { ruleCases } from '../../support/rule-cases.js';

const stage = (properties: string) => `
Parameters:
  Flag: { Type: String }
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: api }
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, DeploymentId: dep-1, StageName: prod${properties} }`;

ruleCases('apigateway-cache-encrypted', {
  pass: [
    {
      name: 'cache on, every method cached encrypted',
      template: stage(
        ', CacheClusterEnabled: true, MethodSettings: [{ ResourcePath: "/*", HttpMethod: "*", CachingEnabled: true, CacheDataEncrypted: true }]',
      ),
      message: 'encrypted for */*',
    },
  ],
  fail: [
    {
      name: 'cache on, encryption left to the default (off)',
      template: stage(
        ', CacheClusterEnabled: true, MethodSettings: [{ ResourcePath: "/*", HttpMethod: "*", CachingEnabled: true }]',
      ),
      message: 'not encrypted for */*',
    },
    {
      name: 'a Deployment caching without encryption',
      resource: 'Deployment',
      template: `
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: api }
  Deployment:
    Type: AWS::ApiGateway::Deployment
    Properties: { RestApiId: !Ref Api, StageName: prod, StageDescription: { CacheClusterEnabled: true, CachingEnabled: true } }`,
    },
  ],
  unknown: [
    {
      name: 'encryption from a parameter without a value',
      template: stage(
        ', CacheClusterEnabled: true, MethodSettings: [{ ResourcePath: "/*", HttpMethod: "*", CachingEnabled: true, CacheDataEncrypted: !Ref Flag }]',
      ),
    },
    {
      name: 'cache cluster from a parameter without a value',
      template: stage(', CacheClusterEnabled: !Ref Flag'),
    },
  ],
  notApplicable: [{ name: 'no cache cluster (the default)', template: stage('') }],
});
