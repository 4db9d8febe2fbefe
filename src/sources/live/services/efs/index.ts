import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeEfs } from './normalize.js';

export const service: LiveService = {
  name: 'efs',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchEfs'),
      normalize: normalizeEfs,
    },
  ],
};
