import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchSsm } from './fetch.js';
import { normalizeSsm } from './normalize.js';

export const service: LiveService = {
  name: 'ssm',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchSsm, normalize: normalizeSsm }],
};
