/**
 * NORMALIZE: a snapshot (raw responses and errors) -> the inventory. Pure and
 * deterministic; live scans and snapshot replays both run exactly this.
 */
import { Inventory } from '../../../inventory/inventory.js';
import type { Gap, Resource } from '../../../inventory/model.js';
import type { Snapshot } from '../../snapshot/format.js';
import { AvailabilityBook } from '../availability.js';
import { collectorsOf, LIVE_SERVICES } from '../catalog.js';
import type { LiveService } from '../service.js';
import { Output, RawCalls } from './raw.js';

export function normalizeSnapshot(
  snapshot: Snapshot,
  source: 'live' | 'snapshot',
  services: readonly LiveService[] = LIVE_SERVICES,
): Inventory {
  const raw = new RawCalls(snapshot);
  const account = snapshot.callerIdentity.account;
  const outputs: Output[] = [];
  for (const { normalize } of collectorsOf(services, 'global')) {
    const out = new Output(raw, account, snapshot.partition, snapshot.globalRegion);
    normalize(out);
    outputs.push(out);
  }
  // A service AWS's list says is not offered in a region was not called there: nothing of it can exist there.
  const availability = new AvailabilityBook(raw);
  for (const region of snapshot.regions) {
    for (const collector of collectorsOf(services, 'regional')) {
      const out = new Output(raw, account, snapshot.partition, region);
      const notOffered = collector.availability
        ? availability.notOfferedReason(collector.availability, region)
        : undefined;
      if (notOffered === undefined) collector.normalize(out);
      else collector.notOffered?.(out, notOffered);
      outputs.push(out);
    }
  }
  // A multi-region trail is listed by every region; it is one resource.
  const seen = new Set<string>();
  const resources: Resource[] = [];
  for (const resource of outputs.flatMap((out) => out.resources)) {
    const key = `${resource.type}|${resource.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    resources.push(resource);
  }
  const gaps: Gap[] = outputs.flatMap((out) => out.gaps);
  return new Inventory(resources, gaps, {
    source,
    accounts: [account],
    regions: [...snapshot.regions],
    scannedAt: snapshot.startedAt,
  });
}
