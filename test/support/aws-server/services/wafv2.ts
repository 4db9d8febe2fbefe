import type { FakeWebAcl } from '../account.js';
import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type CallContext, type ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';

function aclsInScope(ctx: CallContext): FakeWebAcl[] {
  const scope = required(stringField(ctx.body, 'Scope'), 'Scope');
  if (scope === 'CLOUDFRONT' && ctx.region !== 'us-east-1') {
    throw new AwsError(
      'WAFInvalidParameterException',
      'Error reason: The scope is not valid., field: SCOPE_VALUE, parameter: CLOUDFRONT',
      400,
    );
  }
  return (regionOf(ctx).wafv2?.webAcls ?? []).filter((a) => a.scope === scope);
}

const nonexistent = () =>
  new AwsError(
    'WAFNonexistentItemException',
    "AWS WAF couldn't perform the operation because your resource doesn't exist.",
    400,
  );

export const wafv2: ServiceDefinition = {
  signingName: 'wafv2',
  protocol: 'json',
  load: () => import('@aws-sdk/client-wafv2'),
  operations: {
    ListWebACLs: (ctx) => {
      const page = paginate(
        aclsInScope(ctx),
        ctx.body.NextMarker,
        ctx.pageSize(ctx.body.Limit),
        ctx.action,
        'WAFInvalidParameterException',
      );
      return {
        WebACLs: page.items.map(({ acl }) => ({
          Name: acl.Name,
          Id: acl.Id,
          ARN: acl.ARN,
          Description: acl.Description,
          LockToken: `lock-${acl.Id}`,
        })),
        NextMarker: page.next,
      };
    },
    ListLoggingConfigurations: (ctx) => {
      const configured = aclsInScope(ctx).filter((entry) => entry.logDestinations !== undefined);
      const page = paginate(
        configured,
        ctx.body.NextMarker,
        ctx.pageSize(ctx.body.Limit),
        ctx.action,
        'WAFInvalidParameterException',
      );
      return {
        LoggingConfigurations: page.items.map(({ acl, logDestinations }) => ({
          ResourceArn: acl.ARN,
          LogDestinationConfigs: logDestinations,
        })),
        NextMarker: page.next,
      };
    },
    GetWebACL: (ctx) => {
      const arn = stringField(ctx.body, 'ARN');
      const acls = arn ? (regionOf(ctx).wafv2?.webAcls ?? []) : aclsInScope(ctx);
      const found = acls.find(({ acl }) =>
        arn ? acl.ARN === arn : acl.Id === ctx.body.Id && acl.Name === ctx.body.Name,
      );
      if (!found) throw nonexistent();
      return { WebACL: found.acl, LockToken: `lock-${found.acl.Id}` };
    },
    ListResourcesForWebACL: (ctx) => {
      const arn = required(stringField(ctx.body, 'WebACLArn'), 'WebACLArn');
      const found = (regionOf(ctx).wafv2?.webAcls ?? []).find(({ acl }) => acl.ARN === arn);
      if (!found) throw nonexistent();
      const type = stringField(ctx.body, 'ResourceType') ?? 'APPLICATION_LOAD_BALANCER';
      const service = {
        APPLICATION_LOAD_BALANCER: ':elasticloadbalancing:',
        API_GATEWAY: ':apigateway:',
        APPSYNC: ':appsync:',
        COGNITO_USER_POOL: ':cognito-idp:',
      }[type];
      return {
        ResourceArns: (found.resourceArns ?? []).filter((r) => service === undefined || r.includes(service)),
      };
    },
    GetWebACLForResource: (ctx) => {
      const resource = required(stringField(ctx.body, 'ResourceArn'), 'ResourceArn');
      const found = (regionOf(ctx).wafv2?.webAcls ?? []).find(
        (a) => a.scope === 'REGIONAL' && (a.resourceArns ?? []).includes(resource),
      );
      return found ? { WebACL: found.acl } : {};
    },
  },
};
