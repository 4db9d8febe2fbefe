import { callsIn, lazyFetch, type LiveService } from '../../../src/sources/live/service.js';
import * as calls from './calls.js';
import { normalizeDirectoryBuckets } from './normalize.js';

export const service: LiveService = {
  name: 's3express',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'global',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchDirectoryBuckets'),
      normalize: normalizeDirectoryBuckets,
    },
  ],
};
