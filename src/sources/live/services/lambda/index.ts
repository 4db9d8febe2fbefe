import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchLambda } from './fetch.js';
import { normalizeLambda } from './normalize.js';

export const service: LiveService = {
  name: 'lambda',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchLambda, normalize: normalizeLambda }],
};
