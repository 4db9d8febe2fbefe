import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchBackup } from './fetch.js';
import { normalizeBackup } from './normalize.js';

export const service: LiveService = {
  name: 'backup',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchBackup, normalize: normalizeBackup }],
};
