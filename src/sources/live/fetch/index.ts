/** FETCH: every collector of the catalog, each recording raw responses into the snapshot. */
import { collectorsOf, LIVE_SERVICES } from '../catalog.js';
import type { LiveService } from '../service.js';
import type { Fetcher } from './types.js';

/** Global collectors first: one scan-wide call each, which regional lanes do not queue behind. */
export function fetchersOf(services: readonly LiveService[]): Fetcher[] {
  return [...collectorsOf(services, 'global'), ...collectorsOf(services, 'regional')].map(
    ({ service, scope, fetch }) => ({ service, scope, fetch }),
  );
}

export const FETCHERS: readonly Fetcher[] = fetchersOf(LIVE_SERVICES);
