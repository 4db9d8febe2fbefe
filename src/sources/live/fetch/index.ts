/** FETCH: every collector of the catalog, each recording raw responses into the snapshot. */
import { collectorsOf, LIVE_SERVICES } from '../catalog.js';
import type { LiveService } from '../service.js';
import type { Fetcher } from './types.js';

/** Global collectors first, then regional ones, each in catalog order (folder names). */
export function fetchersOf(services: readonly LiveService[]): Fetcher[] {
  return [...collectorsOf(services, 'global'), ...collectorsOf(services, 'regional')].map(
    ({ service, scope, fetch, availability }) => ({
      service,
      scope,
      fetch,
      ...(availability ? { availability } : {}),
    }),
  );
}

export const FETCHERS: readonly Fetcher[] = fetchersOf(LIVE_SERVICES);
