import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeAppSync } from './normalize.js';

export const service: LiveService = {
  name: 'appsync',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchAppSync'),
      normalize: normalizeAppSync,
    },
  ],
};
