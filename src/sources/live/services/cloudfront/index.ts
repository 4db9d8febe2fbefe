import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeCloudFront } from './normalize.js';

export const service: LiveService = {
  name: 'cloudfront',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'global',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchCloudFront'),
      normalize: normalizeCloudFront,
    },
  ],
};
