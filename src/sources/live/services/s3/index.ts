import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchS3 } from './fetch.js';
import { normalizeS3 } from './normalize.js';

export const service: LiveService = {
  name: 's3',
  calls: callsIn(calls),
  collectors: [{ scope: 'global', fetch: fetchS3, normalize: normalizeS3 }],
};
