import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchRds } from './fetch.js';
import { normalizeRds } from './normalize.js';

export const service: LiveService = {
  name: 'rds',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchRds, normalize: normalizeRds }],
};
