/** API Gateway v2 (HTTP and WebSocket APIs): a stage and its access logging. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

export interface ApiGatewayV2Stage extends ResourceBase<'apigatewayv2-stage'> {
  apiId: Maybe<string>;
  stageName: Maybe<string>;
  /** `AccessLogSettings.DestinationArn`: a CloudWatch Logs log group; undefined: no access logging. */
  accessLogDestination: Maybe<string | undefined>;
}
