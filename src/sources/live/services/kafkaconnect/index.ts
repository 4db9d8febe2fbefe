import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeKafkaConnect } from './normalize.js';

export const service: LiveService = {
  name: 'kafkaconnect',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchKafkaConnect'),
      normalize: normalizeKafkaConnect,
    },
  ],
};
