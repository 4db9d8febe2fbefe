import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeEmr } from './normalize.js';

export const service: LiveService = {
  name: 'emr',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchEmr'),
      normalize: normalizeEmr,
    },
  ],
};
