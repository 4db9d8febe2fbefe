import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeMq } from './normalize.js';

export const service: LiveService = {
  name: 'mq',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchMq'),
      normalize: normalizeMq,
    },
  ],
};
