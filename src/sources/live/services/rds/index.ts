import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeRds } from './normalize.js';

export const service: LiveService = {
  name: 'rds',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchRds'),
      normalize: normalizeRds,
    },
  ],
};
