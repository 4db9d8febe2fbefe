import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchSecurityHub } from './fetch.js';
import { normalizeSecurityHub } from './normalize.js';

export const service: LiveService = {
  name: 'securityhub',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchSecurityHub, normalize: normalizeSecurityHub }],
};
