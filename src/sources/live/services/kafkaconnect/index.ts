import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchKafkaConnect } from './fetch.js';
import { normalizeKafkaConnect } from './normalize.js';

export const service: LiveService = {
  name: 'kafkaconnect',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchKafkaConnect, normalize: normalizeKafkaConnect }],
};
