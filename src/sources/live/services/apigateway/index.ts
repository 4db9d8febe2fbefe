import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeApiGateway } from './normalize.js';

export const service: LiveService = {
  name: 'apigateway',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchApiGateway'),
      normalize: normalizeApiGateway,
    },
  ],
};
