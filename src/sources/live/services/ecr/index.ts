import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeEcr } from './normalize.js';

export const service: LiveService = {
  name: 'ecr',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchEcr'),
      normalize: normalizeEcr,
    },
  ],
};
