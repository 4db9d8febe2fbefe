/**
 * The live services: every folder under services/, whose index exports a
 * `service` (service.ts), joined by its line in services/index.ts. Nothing
 * else lists them: the fetchers, the normalizers, the operation table and IAM
 * policy, the fake server's services and the benchmark's critical path are
 * derived from this catalog, so a new service is one new folder and one line.
 */
import { fileURLToPath } from 'node:url';
import { SCAN_CALLS } from './scan-calls.js';
import type { AnyCall, Availability, Collector, LiveService, Scope } from './service.js';
import { SERVICES } from './services/index.js';

export const SERVICES_DIR = fileURLToPath(new URL('./services/', import.meta.url));

/** The services in folder order, each checked to be a LiveService named after its folder. */
export function checkedServices(byFolder: Readonly<Record<string, unknown>>): LiveService[] {
  return Object.keys(byFolder)
    .sort()
    .map((folder) => {
      const service = byFolder[folder] as Partial<LiveService> | undefined;
      const isLiveService =
        typeof service?.name === 'string' &&
        Array.isArray(service.calls) &&
        Array.isArray(service.collectors) &&
        service.collectors.length > 0;
      if (!isLiveService || service.name !== folder) {
        throw new Error(
          `services/${folder}/index.ts must export \`service\`, a LiveService named "${folder}"`,
        );
      }
      return service as LiveService;
    });
}

export const LIVE_SERVICES: readonly LiveService[] = checkedServices(SERVICES);

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
