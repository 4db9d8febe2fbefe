import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchBedrock } from './fetch.js';
import { normalizeBedrock } from './normalize.js';

export const service: LiveService = {
  name: 'bedrock',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchBedrock, normalize: normalizeBedrock }],
};
