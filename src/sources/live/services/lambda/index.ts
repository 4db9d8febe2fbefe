import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeLambda } from './normalize.js';

export const service: LiveService = {
  name: 'lambda',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchLambda'),
      normalize: normalizeLambda,
    },
  ],
};
