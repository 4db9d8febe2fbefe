import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeIam } from './normalize.js';

export const service: LiveService = {
  name: 'iam',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'global',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchIam'),
      normalize: normalizeIam,
    },
  ],
};
