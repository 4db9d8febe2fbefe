import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchSqs } from './fetch.js';
import { normalizeSqs } from './normalize.js';

export const service: LiveService = {
  name: 'sqs',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchSqs, normalize: normalizeSqs }],
};
