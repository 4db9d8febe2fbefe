import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchElasticBeanstalk } from './fetch.js';
import { normalizeElasticBeanstalk } from './normalize.js';

export const service: LiveService = {
  name: 'elasticbeanstalk',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchElasticBeanstalk, normalize: normalizeElasticBeanstalk }],
};
