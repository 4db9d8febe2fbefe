import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeSns } from './normalize.js';

export const service: LiveService = {
  name: 'sns',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchSns'),
      normalize: normalizeSns,
    },
  ],
};
