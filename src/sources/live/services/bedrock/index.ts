import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { bedrockNotOffered, normalizeBedrock } from './normalize.js';

export const service: LiveService = {
  name: 'bedrock',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchBedrock'),
      normalize: normalizeBedrock,
      notOffered: bedrockNotOffered,
    },
  ],
};
