import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeEks } from './normalize.js';

export const service: LiveService = {
  name: 'eks',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchEks'),
      normalize: normalizeEks,
    },
  ],
};
