import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeTransfer } from './normalize.js';

export const service: LiveService = {
  name: 'transfer',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchTransfer'),
      normalize: normalizeTransfer,
    },
  ],
};
