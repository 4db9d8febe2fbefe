import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchGuardDuty } from './fetch.js';
import { normalizeGuardDuty } from './normalize.js';

export const service: LiveService = {
  name: 'guardduty',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchGuardDuty, normalize: normalizeGuardDuty }],
};
