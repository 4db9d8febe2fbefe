import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeRoute53 } from './normalize.js';

export const service: LiveService = {
  name: 'route53',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'global',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchRoute53'),
      normalize: normalizeRoute53,
    },
  ],
};
