import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchSns } from './fetch.js';
import { normalizeSns } from './normalize.js';

export const service: LiveService = {
  name: 'sns',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchSns, normalize: normalizeSns }],
};
