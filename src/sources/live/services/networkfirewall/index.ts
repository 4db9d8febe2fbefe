import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeNetworkFirewall } from './normalize.js';

export const service: LiveService = {
  name: 'networkfirewall',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchNetworkFirewall'),
      normalize: normalizeNetworkFirewall,
    },
  ],
};
