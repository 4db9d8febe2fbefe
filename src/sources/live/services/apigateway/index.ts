import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchApiGateway } from './fetch.js';
import { normalizeApiGateway } from './normalize.js';

export const service: LiveService = {
  name: 'apigateway',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchApiGateway, normalize: normalizeApiGateway }],
};
