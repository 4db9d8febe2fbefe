import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchAcm } from './fetch.js';
import { normalizeAcm } from './normalize.js';

export const service: LiveService = {
  name: 'acm',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchAcm, normalize: normalizeAcm }],
};
