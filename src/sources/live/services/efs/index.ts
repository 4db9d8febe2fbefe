import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchEfs } from './fetch.js';
import { normalizeEfs } from './normalize.js';

export const service: LiveService = {
  name: 'efs',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchEfs, normalize: normalizeEfs }],
};
