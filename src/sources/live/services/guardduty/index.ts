import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeGuardDuty } from './normalize.js';

export const service: LiveService = {
  name: 'guardduty',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchGuardDuty'),
      normalize: normalizeGuardDuty,
    },
  ],
};
