import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeGlue } from './normalize.js';

export const service: LiveService = {
  name: 'glue',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchGlue'),
      normalize: normalizeGlue,
    },
  ],
};
