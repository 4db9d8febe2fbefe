import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeEc2 } from './normalize.js';

export const service: LiveService = {
  name: 'ec2',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchEc2'),
      normalize: normalizeEc2,
    },
  ],
};
