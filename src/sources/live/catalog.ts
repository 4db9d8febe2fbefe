/**
 * The live services: every folder under services/ whose index exports a
 * `service` (service.ts). Nothing lists them by hand: the fetchers, the
 * normalizers, the operation table and IAM policy, the fake server's services
 * and the benchmark's critical path are derived from this catalog, so a new
 * service is one new folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SCAN_CALLS } from './scan-calls.js';
import type { AnyCall, Availability, Collector, LiveService, Scope } from './service.js';

export const SERVICES_DIR = fileURLToPath(new URL('./services/', import.meta.url));

function isLiveService(value: unknown): value is LiveService {
  const candidate = value as Partial<LiveService> | undefined;
  return (
    typeof candidate?.name === 'string' &&
    Array.isArray(candidate.calls) &&
    Array.isArray(candidate.collectors) &&
    candidate.collectors.length > 0
  );
}

/** The service of each folder of `dir`, by folder name (built code has index.js, sources index.ts). */
export async function loadLiveServices(dir: string): Promise<LiveService[]> {
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    folders.map(async (folder) => {
      const index = ['index.js', 'index.ts'].map((file) => join(dir, folder, file)).find(existsSync);
      if (!index) throw new Error(`live service folder ${join(dir, folder)} has no index.ts`);
      const module = (await import(pathToFileURL(index).href)) as { service?: unknown };
      if (!isLiveService(module.service) || module.service.name !== folder) {
        throw new Error(`${index} must export \`service\`, a LiveService named "${folder}"`);
      }
      return module.service;
    }),
  );
}

export const LIVE_SERVICES: readonly LiveService[] = await loadLiveServices(SERVICES_DIR);

/**
 * Where a service is offered is declared on its calls (`serviceCalls(..., { availability })`);
 * a collector is skipped as a whole, so every call of the service must declare the same one.
 */
export function availabilityOf(service: LiveService): Availability | undefined {
  const declared = new Set(service.calls.map((call) => call.availability));
  if (declared.size > 1) {
    throw new Error(
      `live service ${service.name}: its calls must all declare the same availability, or none (${[
        ...declared,
      ]
        .map((availability) => availability?.ssm ?? 'none')
        .join(', ')})`,
    );
  }
  return service.calls[0]?.availability;
}

export interface ScopedCollector extends Collector {
  service: string;
  /** The service is not offered in every region: where it is, is read before it is called. */
  availability?: Availability;
}

/** Every collector of `scope`, in catalog order. */
export function collectorsOf(services: readonly LiveService[], scope: Scope): ScopedCollector[] {
  return services.flatMap((service) => {
    const availability = availabilityOf(service);
    return service.collectors
      .filter((collector) => collector.scope === scope)
      .map((collector) => ({
        ...collector,
        service: service.name,
        ...(availability ? { availability } : {}),
      }));
  });
}

/** The partially offered services the scan's regional collectors call, each once. */
export function availabilitiesOf(services: readonly LiveService[]): Availability[] {
  const bySsm = new Map<string, Availability>();
  for (const collector of collectorsOf(services, 'regional')) {
    if (collector.availability) bySsm.set(collector.availability.ssm, collector.availability);
  }
  return [...bySsm.values()];
}

/** Every call a scan can send: the scan's own first calls, then each service's. */
export function callsOf(services: readonly LiveService[]): AnyCall[] {
  return [...SCAN_CALLS, ...services.flatMap((service) => service.calls)];
}
