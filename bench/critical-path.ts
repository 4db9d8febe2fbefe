/**
 * The longest chain of calls a scan had to send one after another (a page
 * needs the previous page's token, DescribeListeners needs the load balancer
 * ARN ...), read from the calls the scan made. The chains come from the calls
 * each live service declares (`after`), so a new service is on the path
 * without an edit here. An action the scan did not send adds 0.
 */
import { LIVE_SERVICES } from '../src/sources/live/catalog.js';
import type { AnyCall, LiveService } from '../src/sources/live/service.js';
import type { Snapshot } from '../src/sources/snapshot/format.js';

interface Sent {
  /** Requests of the longest recorded call (its pages, plus the failed one). */
  pages: number;
  /** How many calls were recorded (a polled call is recorded once per poll). */
  calls: number;
}

export function criticalPath(snapshot: Snapshot, services: readonly LiveService[] = LIVE_SERVICES): number {
  const sent = new Map<string, Sent>();
  for (const call of snapshot.calls) {
    const key = `${call.service}|${call.action}|${call.region}`;
    const seen = sent.get(key) ?? { pages: 0, calls: 0 };
    seen.pages = Math.max(seen.pages, call.responses.length + (call.error ? 1 : 0));
    seen.calls += 1;
    sent.set(key, seen);
  }
  const regions = [...new Set([...snapshot.regions, snapshot.globalRegion])];
  const requests = (call: AnyCall, region: string): number => {
    const seen = sent.get(`${call.service}|${call.action}|${region}`);
    if (!seen) return 0;
    return call.repeated ? seen.calls : seen.pages;
  };
  const depths = new Map<string, number>();
  // A call sent in the resource's own region (anyRegion) may wait on a listing made in any region.
  const depth = (call: AnyCall, region: string): number => {
    const key = `${call.service}|${call.action}|${region}`;
    const known = depths.get(key);
    if (known !== undefined) return known;
    const own = call.anyRegion ? Math.max(...regions.map((r) => requests(call, r))) : requests(call, region);
    const before = call.after.map((dependency) =>
      call.anyRegion ? Math.max(...regions.map((r) => depth(dependency, r))) : depth(dependency, region),
    );
    const total = own + Math.max(0, ...before);
    depths.set(key, total);
    return total;
  };
  const chains = services.flatMap((service) =>
    service.calls.flatMap((call) => regions.map((region) => depth(call, region))),
  );
  return 1 + Math.max(0, ...chains); // sts:GetCallerIdentity comes first
}
