import { callsIn, lazyFetch, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { normalizeCodeBuild } from './normalize.js';

export const service: LiveService = {
  name: 'codebuild',
  calls: callsIn(calls),
  collectors: [
    {
      scope: 'regional',
      fetch: lazyFetch(() => import('./fetch.js'), 'fetchCodeBuild'),
      normalize: normalizeCodeBuild,
    },
  ],
};
