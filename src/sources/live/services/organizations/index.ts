import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeOrganizations } from './normalize.js';

/** AWS Organizations, as seen from the scanned account: whether it belongs to one. */
export const service: LiveService = {
  name: 'organizations',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'global',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchOrganizations'),
      normalize: normalizeOrganizations,
    },
  ],
};
