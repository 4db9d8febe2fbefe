import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeElasticBeanstalk } from './normalize.js';

export const service: LiveService = {
  name: 'elasticbeanstalk',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchElasticBeanstalk'),
      normalize: normalizeElasticBeanstalk,
    },
  ],
};
