import { callsIn, type LiveService } from '../../../src/sources/live/service.js';
import * as calls from './calls.js';
import { fetchDirectoryBuckets } from './fetch.js';
import { normalizeDirectoryBuckets } from './normalize.js';

export const service: LiveService = {
  name: 's3express',
  calls: callsIn(calls),
  collectors: [{ scope: 'global', fetch: fetchDirectoryBuckets, normalize: normalizeDirectoryBuckets }],
};
