import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeS3 } from './normalize.js';

export const service: LiveService = {
  name: 's3',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'global',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchS3'),
      normalize: normalizeS3,
    },
  ],
};
