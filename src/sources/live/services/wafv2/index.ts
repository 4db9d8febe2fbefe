import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeWafCloudFront, normalizeWafRegional } from './normalize.js';

/** Regional web ACLs in every region; CLOUDFRONT-scope ones once, in the global region. */
export const service: LiveService = {
  name: 'wafv2',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'global',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchWafCloudFront'),
      normalize: normalizeWafCloudFront,
    },
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchWafRegional'),
      normalize: normalizeWafRegional,
    },
  ],
};
