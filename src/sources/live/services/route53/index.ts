import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchRoute53 } from './fetch.js';
import { normalizeRoute53 } from './normalize.js';

export const service: LiveService = {
  name: 'route53',
  calls: callsIn(calls),
  collectors: [{ scope: 'global', fetch: fetchRoute53, normalize: normalizeRoute53 }],
};
