import { parityCases } from '../../support/parity.js';
import type { FakeAccount } from '../../support/aws-server/index.js';

const ARN = (name: string) => `arn:aws:wafv2:us-east-1:111122223333:regional/webacl/${name}/${name}-id`;

function addWebAcl(account: FakeAccount, name: string, logDestinations?: string[]): void {
  const region = (account.regions['us-east-1'] ??= {});
  (region.wafv2 ??= { webAcls: [] }).webAcls.push({
    scope: 'REGIONAL',
    acl: {
      Name: name,
      Id: `${name}-id`,
      ARN: ARN(name),
      DefaultAction: { Allow: {} },
      VisibilityConfig: { CloudWatchMetricsEnabled: true, MetricName: name, SampledRequestsEnabled: true },
      Rules: [],
    },
    logDestinations,
  });
}

const acl = {
  Type: 'AWS::WAFv2::WebACL',
  Properties: {
    Scope: 'REGIONAL',
    DefaultAction: { Allow: {} },
    VisibilityConfig: { CloudWatchMetricsEnabled: true, MetricName: 'acl', SampledRequestsEnabled: true },
  },
};
const LOG_GROUP = 'arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-web';

parityCases('waf-web-acl-logging', [
  {
    name: 'no logging configuration',
    status: 'FAIL',
    template: { logicalId: 'Unlogged', resources: { Unlogged: acl } },
    live: { id: ARN('unlogged'), add: (account) => addWebAcl(account, 'unlogged') },
  },
  {
    name: 'logged to CloudWatch Logs',
    status: 'PASS',
    template: {
      logicalId: 'Logged',
      resources: {
        Logged: acl,
        Logs: {
          Type: 'AWS::WAFv2::LoggingConfiguration',
          Properties: {
            ResourceArn: { 'Fn::GetAtt': ['Logged', 'Arn'] },
            LogDestinationConfigs: [LOG_GROUP],
          },
        },
      },
    },
    live: { id: ARN('logged'), add: (account) => addWebAcl(account, 'logged', [LOG_GROUP]) },
  },
]);

parityCases('waf-rules-publish-metrics', [
  {
    name: 'the ACL publishes metrics and has no rules',
    status: 'PASS',
    template: { logicalId: 'Measured', resources: { Measured: acl } },
    live: { id: ARN('measured'), add: (account) => addWebAcl(account, 'measured') },
  },
]);
