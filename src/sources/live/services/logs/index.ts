import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeMetricFilters } from './metric-filters.js';
import { normalizeLogs, normalizeLogsResourcePolicies } from './normalize.js';

export const service: LiveService = {
  name: 'logs',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchLogs'),
      normalize: (out) => {
        normalizeLogs(out);
        normalizeLogsResourcePolicies(out);
      },
    },
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchMetricFilters'),
      normalize: normalizeMetricFilters,
    },
  ],
};
