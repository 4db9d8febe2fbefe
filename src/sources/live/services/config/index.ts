import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeConfig } from './normalize.js';

export const service: LiveService = {
  name: 'config',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchConfig'),
      normalize: normalizeConfig,
    },
  ],
};
