import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchCloudTrail } from './fetch.js';
import { normalizeCloudTrail } from './normalize.js';

export const service: LiveService = {
  name: 'cloudtrail',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchCloudTrail, normalize: normalizeCloudTrail }],
};
