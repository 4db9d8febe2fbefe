import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeBackup } from './normalize.js';

export const service: LiveService = {
  name: 'backup',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchBackup'),
      normalize: normalizeBackup,
    },
  ],
};
