import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchSecretsManager } from './fetch.js';
import { normalizeSecretsManager } from './normalize.js';

export const service: LiveService = {
  name: 'secretsmanager',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchSecretsManager, normalize: normalizeSecretsManager }],
};
