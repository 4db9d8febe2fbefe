import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchEcs } from './fetch.js';
import { normalizeEcs } from './normalize.js';

export const service: LiveService = {
  name: 'ecs',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchEcs, normalize: normalizeEcs }],
};
