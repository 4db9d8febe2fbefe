import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchAccessAnalyzer } from './fetch.js';
import { normalizeAccessAnalyzer } from './normalize.js';

export const service: LiveService = {
  name: 'accessanalyzer',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchAccessAnalyzer, normalize: normalizeAccessAnalyzer }],
};
