import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchLogs } from './fetch.js';
import { fetchMetricFilters, normalizeMetricFilters } from './metric-filters.js';
import { normalizeLogs, normalizeLogsResourcePolicies } from './normalize.js';

export const service: LiveService = {
  name: 'logs',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: fetchLogs,
      normalize: (out) => {
        normalizeLogs(out);
        normalizeLogsResourcePolicies(out);
      },
    },
    { scope: 'regional', fetch: fetchMetricFilters, normalize: normalizeMetricFilters },
  ],
};
