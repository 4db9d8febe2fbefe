import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeDms } from './normalize.js';

export const service: LiveService = {
  name: 'dms',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchDms'),
      normalize: normalizeDms,
    },
  ],
};
