import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeDynamoDb } from './normalize.js';

export const service: LiveService = {
  name: 'dynamodb',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchDynamoDb'),
      normalize: normalizeDynamoDb,
    },
  ],
};
