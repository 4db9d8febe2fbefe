import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeKinesis } from './normalize.js';

export const service: LiveService = {
  name: 'kinesis',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchKinesis'),
      normalize: normalizeKinesis,
    },
  ],
};
