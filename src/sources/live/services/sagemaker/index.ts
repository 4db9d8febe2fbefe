import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeSageMaker } from './normalize.js';

export const service: LiveService = {
  name: 'sagemaker',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchSageMaker'),
      normalize: normalizeSageMaker,
    },
  ],
};
