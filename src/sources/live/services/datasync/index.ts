import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeDataSync } from './normalize.js';

export const service: LiveService = {
  name: 'datasync',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchDataSync'),
      normalize: normalizeDataSync,
    },
  ],
};
