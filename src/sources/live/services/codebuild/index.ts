import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchCodeBuild } from './fetch.js';
import { normalizeCodeBuild } from './normalize.js';

export const service: LiveService = {
  name: 'codebuild',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchCodeBuild, normalize: normalizeCodeBuild }],
};
