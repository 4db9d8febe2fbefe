import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeDax } from './normalize.js';

export const service: LiveService = {
  name: 'dax',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchDax'),
      normalize: normalizeDax,
    },
  ],
};
