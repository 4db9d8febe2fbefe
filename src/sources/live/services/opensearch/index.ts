import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeOpenSearch } from './normalize.js';

export const service: LiveService = {
  name: 'opensearch',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchOpenSearch'),
      normalize: normalizeOpenSearch,
    },
  ],
};
