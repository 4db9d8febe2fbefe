import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeSecurityHub } from './normalize.js';

export const service: LiveService = {
  name: 'securityhub',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchSecurityHub'),
      normalize: normalizeSecurityHub,
    },
  ],
};
