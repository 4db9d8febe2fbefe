import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchEc2 } from './fetch.js';
import { normalizeEc2 } from './normalize.js';

export const service: LiveService = {
  name: 'ec2',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchEc2, normalize: normalizeEc2 }],
};
