import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchKms } from './fetch.js';
import { normalizeKms } from './normalize.js';

export const service: LiveService = {
  name: 'kms',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchKms, normalize: normalizeKms }],
};
