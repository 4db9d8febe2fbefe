import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchEmr } from './fetch.js';
import { normalizeEmr } from './normalize.js';

export const service: LiveService = {
  name: 'emr',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchEmr, normalize: normalizeEmr }],
};
