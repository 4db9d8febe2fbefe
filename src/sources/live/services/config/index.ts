import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchConfig } from './fetch.js';
import { normalizeConfig } from './normalize.js';

export const service: LiveService = {
  name: 'config',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchConfig, normalize: normalizeConfig }],
};
