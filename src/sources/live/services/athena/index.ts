import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeAthena } from './normalize.js';

export const service: LiveService = {
  name: 'athena',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchAthena'),
      normalize: normalizeAthena,
    },
  ],
};
