import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchDynamoDb } from './fetch.js';
import { normalizeDynamoDb } from './normalize.js';

export const service: LiveService = {
  name: 'dynamodb',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchDynamoDb, normalize: normalizeDynamoDb }],
};
