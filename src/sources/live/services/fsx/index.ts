import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchFsx } from './fetch.js';
import { normalizeFsx } from './normalize.js';

export const service: LiveService = {
  name: 'fsx',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchFsx, normalize: normalizeFsx }],
};
