/**
 * Every API call of a live scan goes through here: bounded concurrency (a
 * lane per service and region, since AWS limits each action per region and
 * account, inside one global cap on calls in flight), memoization (a call with the same
 * service, action, region and parameters is sent once, however many resources
 * refer to it), recording of each page or error into the snapshot, and a
 * breaker: once a call to a service in a region has timed out (retries
 * spent), the lane's later calls fail at once instead of each waiting out
 * its own timeouts, so a scan against a silent endpoint still ends soon.
 */
import pLimit, { type LimitFunction } from 'p-limit';
import type { CallError, CallRecord } from '../snapshot/format.js';
import { toCallError } from './errors.js';
import { toSafeJson } from './redact.js';
import { callKey, type Params } from './call-key.js';

export interface CallOutcome<T> {
  value?: T;
  error?: CallError;
}

export interface PagesOutcome<T> {
  /** Pages read; when `error` is set, those read before the failure. */
  pages: T[];
  error?: CallError;
}

export type { Params };

/** A call the breaker did not send. */
class NotSent extends Error {
  constructor(readonly callError: CallError) {
    super(callError.message);
  }
}

export interface CallObserver {
  started(service: string, region: string): void;
  finished(service: string, region: string, error?: CallError): void;
}

function requestIdOf(response: unknown): string | undefined {
  const metadata = (response as { $metadata?: { requestId?: string } } | undefined)?.$metadata;
  return metadata?.requestId;
}

export interface ConcurrencyLimits {
  /** Calls in flight across the whole scan. */
  global: number;
  /** Calls in flight to one service in one region. */
  perServiceAndRegion: number;
}

/** A call's answer taken from elsewhere than the call itself. */
export interface Prefilled {
  responses: unknown[];
  /** When the facts were captured (the oldest configuration item's capture time). */
  at: string;
  via: NonNullable<CallRecord['via']>;
}

export class Recorder {
  private readonly global: LimitFunction;
  private readonly lanes = new Map<string, LimitFunction>();
  private readonly laneSize: number;
  private readonly records: CallRecord[] = [];
  private readonly inFlight = new Map<string, Promise<unknown>>();
  /** Lanes (`service@region`) whose endpoint did not answer in time. */
  private readonly silentLanes = new Set<string>();
  /** API requests sent, pages included, SDK retries not (memoized calls are not counted twice). */
  requests = 0;
  /** Calls answered from another record of the same facts (AWS Config), by call key: never sent. */
  private readonly prefilled = new Map<string, Prefilled>();

  constructor(
    limits: ConcurrencyLimits,
    private readonly observer?: CallObserver,
  ) {
    this.global = pLimit(Math.max(1, limits.global));
    this.laneSize = Math.max(1, Math.min(limits.global, limits.perServiceAndRegion));
  }

  get calls(): readonly CallRecord[] {
    return this.records;
  }

  /**
   * Answers a call before any fetcher asks: its record holds `responses` (one
   * page), dated `at`, and says where they came from. The call is never sent.
   */
  prefill(
    service: string,
    action: string,
    region: string,
    params: Params | undefined,
    answer: Prefilled,
  ): void {
    this.prefilled.set(callKey(service, action, region, params), answer);
  }

  private answered(key: string, record: CallRecord): unknown[] | undefined {
    const answer = this.prefilled.get(key);
    if (!answer) return undefined;
    record.responses.push(...answer.responses.map((response) => toSafeJson(response)));
    record.at = answer.at;
    record.via = answer.via;
    return answer.responses;
  }

  /** One request, recorded; failures are returned, never thrown. */
  call<T>(
    service: string,
    action: string,
    region: string,
    params: Params | undefined,
    send: () => Promise<T>,
  ) {
    const key = callKey(service, action, region, params);
    return this.once(key, async (): Promise<CallOutcome<T>> => {
      const record = this.newRecord(service, action, region, params);
      const answer = this.answered(key, record);
      if (answer) return { value: answer[0] as T };
      try {
        this.requests += 1;
        const value = await this.send(service, region, send);
        this.keep(record, value);
        return { value };
      } catch (error) {
        if (error instanceof NotSent) this.requests -= 1;
        record.error = this.failed(service, region, error);
        return { error: record.error };
      }
    });
  }

  /**
   * Every page of a paginated operation (an SDK paginator, or a hand-written
   * token loop for operations without one). Each page is one limited request.
   */
  paginate<T>(
    service: string,
    action: string,
    region: string,
    params: Params | undefined,
    pages: () => AsyncIterable<T>,
  ) {
    const key = callKey(service, action, region, params);
    return this.once(key, async (): Promise<PagesOutcome<T>> => {
      const record = this.newRecord(service, action, region, params);
      const answer = this.answered(key, record);
      if (answer) return { pages: answer as T[] };
      const read: T[] = [];
      const iterator = pages()[Symbol.asyncIterator]();
      try {
        for (;;) {
          const next = await this.send(service, region, () => iterator.next());
          // The paginator's last step only notices there is no further page: no request.
          if (next.done) break;
          this.requests += 1;
          read.push(next.value);
          this.keep(record, next.value);
        }
        return { pages: read };
      } catch (error) {
        if (!(error instanceof NotSent)) this.requests += 1; // the page that failed
        record.error = this.failed(service, region, error);
        return { pages: read, error: record.error };
      }
    });
  }

  private failed(service: string, region: string, error: unknown): CallError {
    if (error instanceof NotSent) return error.callError;
    const callError = toCallError(error);
    if (callError.kind === 'timeout') this.silentLanes.add(`${service}@${region}`);
    this.observer?.finished(service, region, callError);
    return callError;
  }

  private once<R>(key: string, run: () => Promise<R>): Promise<R> {
    const existing = this.inFlight.get(key);
    if (existing) return existing as Promise<R>;
    const started = run();
    this.inFlight.set(key, started);
    return started;
  }

  private newRecord(service: string, action: string, region: string, params: Params | undefined): CallRecord {
    const record: CallRecord = { service, action, region, responses: [] };
    if (params !== undefined) record.params = params;
    this.records.push(record);
    return record;
  }

  /** Lane first, then the global cap: a call queued behind its own lane holds no global slot. */
  private send<R>(service: string, region: string, request: () => Promise<R>): Promise<R> {
    const laneKey = `${service}@${region}`;
    let lane = this.lanes.get(laneKey);
    if (!lane) {
      lane = pLimit(this.laneSize);
      this.lanes.set(laneKey, lane);
    }
    return lane(() =>
      this.global(async () => {
        if (this.silentLanes.has(laneKey)) {
          throw new NotSent({
            code: 'NotSent',
            kind: 'timeout',
            message: `not sent: an earlier ${service} call in ${region} got no answer in time`,
          });
        }
        this.observer?.started(service, region);
        const result = await request();
        this.observer?.finished(service, region);
        return result;
      }),
    );
  }

  private keep(record: CallRecord, response: unknown): void {
    const requestId = requestIdOf(response);
    if (requestId) (record.requestIds ??= []).push(requestId);
    record.at ??= new Date().toISOString();
    record.responses.push(toSafeJson(response));
  }
}
