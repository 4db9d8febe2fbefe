import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeAccount } from './normalize.js';

/** AWS Account Management: the account's alternate contacts. */
export const service: LiveService = {
  name: 'account',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'global',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchAccount'),
      normalize: normalizeAccount,
    },
  ],
};
