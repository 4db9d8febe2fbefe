/** What a FETCH step gets: the recorder (every call goes through it) and the client pool. */
import type { ClientPool } from '../clients.js';
import type { Recorder } from '../recorder.js';
import type { Availability } from '../service.js';

export interface FetchContext {
  rec: Recorder;
  clients: ClientPool;
  account: string;
  partition: string;
  /** Where global services (IAM, CloudFront, S3 listing, CLOUDFRONT-scope WAF) are called. */
  globalRegion: string;
}

export interface Fetcher {
  service: string;
  /** `regional`: once per scanned region; `global`: once per scan, in `globalRegion`. */
  scope: 'regional' | 'global';
  fetch(ctx: FetchContext, region: string): Promise<void>;
  /** Not offered in every region: skipped where AWS's list says it is not (availability.ts). */
  availability?: Availability;
}

/**
 * Pages of an operation the SDK has no paginator for: follows the output's
 * token until it is empty (or repeats, which would otherwise loop forever).
 */
export async function* tokenPages<O>(
  send: (token: string | undefined) => Promise<O>,
  nextToken: (output: O) => string | undefined,
): AsyncGenerator<O> {
  let token: string | undefined;
  for (;;) {
    const page = await send(token);
    yield page;
    const next = nextToken(page);
    if (!next || next === token) return;
    token = next;
  }
}

export function present<T>(value: T | undefined | null): value is T {
  return value !== undefined && value !== null;
}
