import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeSsm } from './normalize.js';

export const service: LiveService = {
  name: 'ssm',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchSsm'),
      normalize: normalizeSsm,
    },
  ],
};
