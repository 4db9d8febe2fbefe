import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchRedshift } from './fetch.js';
import { normalizeRedshift } from './normalize.js';

export const service: LiveService = {
  name: 'redshift',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchRedshift, normalize: normalizeRedshift }],
};
