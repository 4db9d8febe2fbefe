import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeElastiCache } from './normalize.js';

export const service: LiveService = {
  name: 'elasticache',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchElastiCache'),
      normalize: normalizeElastiCache,
    },
  ],
};
