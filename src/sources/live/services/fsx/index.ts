import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeFsx } from './normalize.js';

export const service: LiveService = {
  name: 'fsx',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchFsx'),
      normalize: normalizeFsx,
    },
  ],
};
