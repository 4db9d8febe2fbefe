import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchGlue } from './fetch.js';
import { normalizeGlue } from './normalize.js';

export const service: LiveService = {
  name: 'glue',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchGlue, normalize: normalizeGlue }],
};
