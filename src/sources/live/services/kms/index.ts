import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeKms } from './normalize.js';

export const service: LiveService = {
  name: 'kms',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchKms'),
      normalize: normalizeKms,
    },
  ],
};
