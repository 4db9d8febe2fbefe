import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchCloudWatch } from './fetch.js';
import { normalizeCloudWatch } from './normalize.js';

export const service: LiveService = {
  name: 'cloudwatch',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchCloudWatch, normalize: normalizeCloudWatch }],
};
