import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchElastiCache } from './fetch.js';
import { normalizeElastiCache } from './normalize.js';

export const service: LiveService = {
  name: 'elasticache',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchElastiCache, normalize: normalizeElastiCache }],
};
