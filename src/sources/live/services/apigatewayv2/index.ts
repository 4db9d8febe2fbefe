import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeApiGatewayV2 } from './normalize.js';

/** HTTP and WebSocket APIs (API Gateway v2); REST APIs are in apigateway. */
export const service: LiveService = {
  name: 'apigatewayv2',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchApiGatewayV2'),
      normalize: normalizeApiGatewayV2,
    },
  ],
};
