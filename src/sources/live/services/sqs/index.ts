import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeSqs } from './normalize.js';

export const service: LiveService = {
  name: 'sqs',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchSqs'),
      normalize: normalizeSqs,
    },
  ],
};
