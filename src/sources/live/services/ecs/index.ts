import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeEcs } from './normalize.js';

export const service: LiveService = {
  name: 'ecs',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchEcs'),
      normalize: normalizeEcs,
    },
  ],
};
