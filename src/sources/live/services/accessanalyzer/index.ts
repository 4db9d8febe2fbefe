import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeAccessAnalyzer } from './normalize.js';

export const service: LiveService = {
  name: 'accessanalyzer',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchAccessAnalyzer'),
      normalize: normalizeAccessAnalyzer,
    },
  ],
};
