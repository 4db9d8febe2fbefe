import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeAcm } from './normalize.js';

export const service: LiveService = {
  name: 'acm',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchAcm'),
      normalize: normalizeAcm,
    },
  ],
};
