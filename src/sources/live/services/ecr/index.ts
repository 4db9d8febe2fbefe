import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchEcr } from './fetch.js';
import { normalizeEcr } from './normalize.js';

export const service: LiveService = {
  name: 'ecr',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchEcr, normalize: normalizeEcr }],
};
