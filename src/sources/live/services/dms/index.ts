import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchDms } from './fetch.js';
import { normalizeDms } from './normalize.js';

export const service: LiveService = {
  name: 'dms',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchDms, normalize: normalizeDms }],
};
