import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeElbv2 } from './normalize.js';

export const service: LiveService = {
  name: 'elbv2',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchElbv2'),
      normalize: normalizeElbv2,
    },
  ],
};
