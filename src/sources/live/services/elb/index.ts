import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeClassicElb } from './normalize.js';

/** Classic Load Balancers (ELB API 2012-06-01); application, network and gateway ones are in elbv2. */
export const service: LiveService = {
  name: 'elb',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchClassicElb'),
      normalize: normalizeClassicElb,
    },
  ],
};
