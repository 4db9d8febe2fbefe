import { callsIn, type LiveService } from '../../service.js';
import * as calls from './calls.js';
import { fetchOrganizations } from './fetch.js';
import { normalizeOrganizations } from './normalize.js';

/** AWS Organizations, as seen from the scanned account: whether it belongs to one. */
export const service: LiveService = {
  name: 'organizations',
  calls: callsIn(calls),
  collectors: [{ scope: 'global', fetch: fetchOrganizations, normalize: normalizeOrganizations }],
};
