import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchKinesis } from './fetch.js';
import { normalizeKinesis } from './normalize.js';

export const service: LiveService = {
  name: 'kinesis',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchKinesis, normalize: normalizeKinesis }],
};
