import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchKafka } from './fetch.js';
import { normalizeKafka } from './normalize.js';

export const service: LiveService = {
  name: 'kafka',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchKafka, normalize: normalizeKafka }],
};
