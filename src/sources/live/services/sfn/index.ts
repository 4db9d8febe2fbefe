import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchSfn } from './fetch.js';
import { normalizeSfn } from './normalize.js';

export const service: LiveService = {
  name: 'sfn',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchSfn, normalize: normalizeSfn }],
};
