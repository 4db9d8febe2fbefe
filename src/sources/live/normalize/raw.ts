/**
 * Read access to the recorded calls for the NORMALIZE step, plus the helpers
 * that turn a failed or missing call into a `Gap` (a population could not be
 * read) or an `Unknown` (one fact could not be read). Pure: no I/O.
 */
import { unknown, type Unknown } from '../../../inventory/maybe.js';
import type { Gap, Origin, Resource, ResourceType } from '../../../inventory/model.js';
import type { CallError, CallRecord, Snapshot } from '../../snapshot/format.js';
import { callKey, type Params } from '../call-key.js';
import { describeError } from '../errors.js';
import type { ApiCall } from '../service.js';

/** Response shapes as they come back from JSON: dates are ISO strings, bytes are text. */
export type Json<T> = T extends Date
  ? string
  : T extends Uint8Array
    ? string
    : T extends (infer U)[]
      ? Json<U>[]
      : T extends object
        ? { [K in keyof T]: Json<T[K]> }
        : T;

export class RawCalls {
  private readonly byKey = new Map<string, CallRecord>();

  constructor(readonly snapshot: Snapshot) {
    for (const call of snapshot.calls) {
      this.byKey.set(callKey(call.service, call.action, call.region, call.params), call);
    }
  }

  get(service: string, action: string, region: string, params?: Params): CallRecord | undefined {
    return this.byKey.get(callKey(service, action, region, params));
  }
}

export function errorReason(service: string, action: string, region: string, error: CallError): string {
  return `${service}:${action} failed in ${region}: ${describeError(error)}`;
}

/** What one region's (or the global) normalizer emits. */
export class Output {
  readonly resources: Resource[] = [];
  readonly gaps: Gap[] = [];

  constructor(
    readonly raw: RawCalls,
    readonly account: string,
    readonly partition: string,
    readonly region: string,
  ) {}

  get origin(): Origin {
    return { kind: 'live', account: this.account, region: this.region };
  }

  add(resource: Resource): void {
    this.resources.push(resource);
  }

  /** `region` undefined: an account-wide gap (a global service). */
  gap(
    types: readonly ResourceType[],
    action: string,
    reason: string,
    region: string | undefined,
    detail?: string,
  ): void {
    for (const resourceType of types) {
      const gap: Gap = { resourceType, account: this.account, action, reason };
      if (region !== undefined) gap.region = region;
      if (detail !== undefined) gap.detail = detail;
      this.gaps.push(gap);
    }
  }

  /**
   * The pages of a list call that defines a population. A failed call (or one
   * the snapshot lacks) becomes a gap for `types`; pages read before a failure
   * are still returned, so what was read is still judged.
   */
  list<Out>(call: ApiCall<void, Out>, types: readonly ResourceType[]): Json<Out>[];
  list<In, Out>(
    call: ApiCall<In, Out>,
    types: readonly ResourceType[],
    input: In,
    options?: { region?: string; gapRegion?: string | undefined },
  ): Json<Out>[];
  list<In, Out>(
    call: ApiCall<In, Out>,
    types: readonly ResourceType[],
    input?: In,
    options: { region?: string; gapRegion?: string | undefined } = {},
  ): Json<Out>[] {
    const region = options.region ?? this.region;
    const gapRegion = 'gapRegion' in options ? options.gapRegion : region;
    const { service, action } = call;
    const record = this.raw.get(service, action, region, call.params(input as In));
    const fullAction = `${service}:${action}`;
    if (!record) {
      this.gap(types, fullAction, `${fullAction} in ${region} is not in the scan data`, gapRegion);
      return [];
    }
    if (record.error && record.error.kind !== 'not-found') {
      this.gap(
        types,
        fullAction,
        errorReason(service, action, region, record.error),
        gapRegion,
        record.error.detail,
      );
    }
    return record.responses as Json<Out>[];
  }

  /**
   * The single response of a per-resource call, an Unknown when it failed or
   * is missing, or `notFound` for the expected "there is none" answers.
   */
  one<Out>(call: ApiCall<void, Out>): Response<Json<Out>>;
  one<In, Out>(call: ApiCall<In, Out>, input: In, region?: string): Response<Json<Out>>;
  one<In, Out>(call: ApiCall<In, Out>, input?: In, region: string = this.region): Response<Json<Out>> {
    const { service, action } = call;
    const record = this.raw.get(service, action, region, call.params(input as In));
    const fullAction = `${service}:${action}`;
    if (!record) return { unknown: unknown(`${fullAction} in ${region} is not in the scan data`) };
    if (record.error?.kind === 'not-found') return { notFound: record.error };
    if (record.error) return { unknown: unknown(errorReason(service, action, region, record.error)) };
    const first = record.responses[0];
    if (first === undefined) return { unknown: unknown(`${fullAction} in ${region} returned no response`) };
    return { value: first as Json<Out> };
  }

  /** Whether the scan sent the call at all (some calls are sent only when another answer needs them). */
  fetched<Out>(call: ApiCall<void, Out>): boolean;
  fetched<In, Out>(call: ApiCall<In, Out>, input: In, region?: string): boolean;
  fetched<In, Out>(call: ApiCall<In, Out>, input?: In, region: string = this.region): boolean {
    return this.raw.get(call.service, call.action, region, call.params(input as In)) !== undefined;
  }
}

/** Every page of a per-resource paginated call; a failure on any page makes the whole answer unknown. */
export function allPages<In, Out>(
  out: Output,
  call: ApiCall<In, Out>,
  input: In,
  region: string = out.region,
): Response<Json<Out>[]> {
  const { service, action } = call;
  const record = out.raw.get(service, action, region, call.params(input));
  const fullAction = `${service}:${action}`;
  if (!record) return { unknown: unknown(`${fullAction} in ${region} is not in the scan data`) };
  if (record.error?.kind === 'not-found') return { notFound: record.error };
  if (record.error) return { unknown: unknown(errorReason(service, action, region, record.error)) };
  return { value: record.responses as Json<Out>[] };
}

export type Response<T> =
  | { value: T; unknown?: undefined; notFound?: undefined }
  | { value?: undefined; unknown: Unknown; notFound?: undefined }
  | { value?: undefined; unknown?: undefined; notFound: CallError };

export function tagsOf(
  tags: readonly { Key?: string; Value?: string }[] | undefined,
): Record<string, string> | undefined {
  if (!tags || tags.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const tag of tags) if (tag.Key !== undefined) out[tag.Key] = tag.Value ?? '';
  return out;
}

export function nameTag(tags: readonly { Key?: string; Value?: string }[] | undefined): string | undefined {
  return tags?.find((tag) => tag.Key === 'Name')?.Value;
}
