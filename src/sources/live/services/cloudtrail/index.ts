import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeCloudTrail } from './normalize.js';

export const service: LiveService = {
  name: 'cloudtrail',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchCloudTrail'),
      normalize: normalizeCloudTrail,
    },
  ],
};
