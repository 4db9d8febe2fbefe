import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchNetworkFirewall } from './fetch.js';
import { normalizeNetworkFirewall } from './normalize.js';

export const service: LiveService = {
  name: 'networkfirewall',
  calls: callsIn(calls),
  collectors: [{ scope: 'regional', fetch: fetchNetworkFirewall, normalize: normalizeNetworkFirewall }],
};
