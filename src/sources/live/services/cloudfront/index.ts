import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchCloudFront } from './fetch.js';
import { normalizeCloudFront } from './normalize.js';

export const service: LiveService = {
  name: 'cloudfront',
  calls: callsIn(calls),
  collectors: [{ scope: 'global', fetch: fetchCloudFront, normalize: normalizeCloudFront }],
};
