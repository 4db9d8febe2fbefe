import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchEks } from './fetch.js';
import { normalizeEks } from './normalize.js';

export const service: LiveService = {
  name: 'eks',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchEks, normalize: normalizeEks }],
};
