import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchMq } from './fetch.js';
import { normalizeMq } from './normalize.js';

export const service: LiveService = {
  name: 'mq',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchMq, normalize: normalizeMq }],
};
