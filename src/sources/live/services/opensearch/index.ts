import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchOpenSearch } from './fetch.js';
import { normalizeOpenSearch } from './normalize.js';

export const service: LiveService = {
  name: 'opensearch',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchOpenSearch, normalize: normalizeOpenSearch }],
};
