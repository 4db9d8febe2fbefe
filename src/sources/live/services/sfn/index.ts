import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeSfn } from './normalize.js';

export const service: LiveService = {
  name: 'sfn',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchSfn'),
      normalize: normalizeSfn,
    },
  ],
};
