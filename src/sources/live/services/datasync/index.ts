import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchDataSync } from './fetch.js';
import { normalizeDataSync } from './normalize.js';

export const service: LiveService = {
  name: 'datasync',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchDataSync, normalize: normalizeDataSync }],
};
