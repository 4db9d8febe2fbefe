import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchSageMaker } from './fetch.js';
import { normalizeSageMaker } from './normalize.js';

export const service: LiveService = {
  name: 'sagemaker',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchSageMaker, normalize: normalizeSageMaker }],
};
