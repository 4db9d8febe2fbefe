import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchAppSync } from './fetch.js';
import { normalizeAppSync } from './normalize.js';

export const service: LiveService = {
  name: 'appsync',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchAppSync, normalize: normalizeAppSync }],
};
