/** AWS::ApiGatewayV2::Stage: access logging of an HTTP or WebSocket API stage. */
import type { ApiGatewayV2Stage } from '../../../inventory/model.js';
import { baseOf, linkFact, stringFact, type TemplateResource } from './context.js';
import { unknown } from '../../../inventory/maybe.js';

export function apiGatewayV2Stage(resource: TemplateResource): ApiGatewayV2Stage {
  const stageName = stringFact(resource, 'StageName');
  return {
    type: 'apigatewayv2-stage',
    ...baseOf(resource, 'StageName'),
    apiId: linkFact(resource, 'ApiId') ?? unknown(`${resource.logicalId}.ApiId: not set`),
    stageName: stageName ?? unknown(`${resource.logicalId}.StageName: not set`),
    // A log group ARN, usually a GetAtt: only whether one is set matters, so an unresolved reference still counts.
    accessLogDestination: linkFact(resource, 'AccessLogSettings.DestinationArn'),
  };
}
