import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeKafka } from './normalize.js';

export const service: LiveService = {
  name: 'kafka',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchKafka'),
      normalize: normalizeKafka,
    },
  ],
};
