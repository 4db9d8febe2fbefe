import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeCloudWatch } from './normalize.js';

export const service: LiveService = {
  name: 'cloudwatch',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchCloudWatch'),
      normalize: normalizeCloudWatch,
    },
  ],
};
