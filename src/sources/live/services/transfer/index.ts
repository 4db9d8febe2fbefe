import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchTransfer } from './fetch.js';
import { normalizeTransfer } from './normalize.js';

export const service: LiveService = {
  name: 'transfer',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchTransfer, normalize: normalizeTransfer }],
};
