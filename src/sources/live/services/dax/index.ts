import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchDax } from './fetch.js';
import { normalizeDax } from './normalize.js';

export const service: LiveService = {
  name: 'dax',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchDax, normalize: normalizeDax }],
};
