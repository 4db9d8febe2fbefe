import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchAthena } from './fetch.js';
import { normalizeAthena } from './normalize.js';

export const service: LiveService = {
  name: 'athena',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchAthena, normalize: normalizeAthena }],
};
