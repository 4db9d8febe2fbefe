import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeSecretsManager } from './normalize.js';

export const service: LiveService = {
  name: 'secretsmanager',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchSecretsManager'),
      normalize: normalizeSecretsManager,
    },
  ],
};
