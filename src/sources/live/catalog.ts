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
import type { AnyCall, Collector, LiveService, Scope } from './service.js';

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

export interface ScopedCollector extends Collector {
  service: string;
}

/** Every collector of `scope`, in catalog order. */
export function collectorsOf(services: readonly LiveService[], scope: Scope): ScopedCollector[] {
  return services.flatMap((service) =>
    service.collectors
      .filter((collector) => collector.scope === scope)
      .map((collector) => ({ ...collector, service: service.name })),
  );
}

/** Every call a scan can send: the scan's own first calls, then each service's. */
export function callsOf(services: readonly LiveService[]): AnyCall[] {
  return [...SCAN_CALLS, ...services.flatMap((service) => service.calls)];
}
