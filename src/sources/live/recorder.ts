/**
 * Every API call of a live scan goes through here: bounded concurrency (one
 * limiter across all services and regions), memoization (a call with the same
 * service, action, region and parameters is sent once, however many resources
 * refer to it), and recording of each page or error into the snapshot.
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

export interface CallObserver {
  started(service: string, region: string): void;
  finished(service: string, region: string, error?: CallError): void;
}

function requestIdOf(response: unknown): string | undefined {
  const metadata = (response as { $metadata?: { requestId?: string } } | undefined)?.$metadata;
  return metadata?.requestId;
}

export class Recorder {
  private readonly limit: LimitFunction;
  private readonly records: CallRecord[] = [];
  private readonly inFlight = new Map<string, Promise<unknown>>();
  /** API requests sent, pages included (memoized calls are not counted twice). */
  requests = 0;

  constructor(
    concurrency: number,
    private readonly observer?: CallObserver,
  ) {
    this.limit = pLimit(Math.max(1, concurrency));
  }

  get calls(): readonly CallRecord[] {
    return this.records;
  }

  /** One request, recorded; failures are returned, never thrown. */
  call<T>(
    service: string,
    action: string,
    region: string,
    params: Params | undefined,
    send: () => Promise<T>,
  ) {
    return this.once(callKey(service, action, region, params), async (): Promise<CallOutcome<T>> => {
      const record = this.newRecord(service, action, region, params);
      try {
        const value = await this.send(service, region, send);
        this.keep(record, value);
        return { value };
      } catch (error) {
        record.error = toCallError(error);
        this.observer?.finished(service, region, record.error);
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
    return this.once(callKey(service, action, region, params), async (): Promise<PagesOutcome<T>> => {
      const record = this.newRecord(service, action, region, params);
      const read: T[] = [];
      const iterator = pages()[Symbol.asyncIterator]();
      try {
        for (;;) {
          const next = await this.send(service, region, () => iterator.next());
          if (next.done) break;
          read.push(next.value);
          this.keep(record, next.value);
        }
        return { pages: read };
      } catch (error) {
        record.error = toCallError(error);
        this.observer?.finished(service, region, record.error);
        return { pages: read, error: record.error };
      }
    });
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

  private send<R>(service: string, region: string, request: () => Promise<R>): Promise<R> {
    return this.limit(async () => {
      this.requests += 1;
      this.observer?.started(service, region);
      const result = await request();
      this.observer?.finished(service, region);
      return result;
    });
  }

  private keep(record: CallRecord, response: unknown): void {
    const requestId = requestIdOf(response);
    if (requestId) (record.requestIds ??= []).push(requestId);
    record.responses.push(toSafeJson(response));
  }
}
