import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchIam } from './fetch.js';
import { normalizeIam } from './normalize.js';

export const service: LiveService = {
  name: 'iam',
  calls: callsIn(calls),
  collectors: [{ scope: 'global', fetch: fetchIam, normalize: normalizeIam }],
};
