import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeRedshift } from './normalize.js';

export const service: LiveService = {
  name: 'redshift',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchRedshift'),
      normalize: normalizeRedshift,
    },
  ],
};
