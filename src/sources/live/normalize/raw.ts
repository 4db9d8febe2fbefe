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
  list<T>(
    service: string,
    action: string,
    types: readonly ResourceType[],
    params?: Params,
    options: { region?: string; gapRegion?: string | undefined } = {},
  ): Json<T>[] {
    const region = options.region ?? this.region;
    const gapRegion = 'gapRegion' in options ? options.gapRegion : region;
    const call = this.raw.get(service, action, region, params);
    const fullAction = `${service}:${action}`;
    if (!call) {
      this.gap(types, fullAction, `${fullAction} in ${region} is not in the scan data`, gapRegion);
      return [];
    }
    if (call.error && call.error.kind !== 'not-found') {
      this.gap(
        types,
        fullAction,
        errorReason(service, action, region, call.error),
        gapRegion,
        call.error.detail,
      );
    }
    return call.responses as Json<T>[];
  }

  /**
   * The single response of a per-resource call, an Unknown when it failed or
   * is missing, or `notFound` for the expected "there is none" answers.
   */
  one<T>(service: string, action: string, params?: Params, region: string = this.region): Response<Json<T>> {
    const call = this.raw.get(service, action, region, params);
    const fullAction = `${service}:${action}`;
    if (!call) return { unknown: unknown(`${fullAction} in ${region} is not in the scan data`) };
    if (call.error?.kind === 'not-found') return { notFound: call.error };
    if (call.error) return { unknown: unknown(errorReason(service, action, region, call.error)) };
    const first = call.responses[0];
    if (first === undefined) return { unknown: unknown(`${fullAction} in ${region} returned no response`) };
    return { value: first as Json<T> };
  }
}

/** Every page of a per-resource paginated call; a failure on any page makes the whole answer unknown. */
export function allPages<T>(
  out: Output,
  service: string,
  action: string,
  params?: Params,
  region: string = out.region,
): Response<Json<T>[]> {
  const call = out.raw.get(service, action, region, params);
  const fullAction = `${service}:${action}`;
  if (!call) return { unknown: unknown(`${fullAction} in ${region} is not in the scan data`) };
  if (call.error?.kind === 'not-found') return { notFound: call.error };
  if (call.error) return { unknown: unknown(errorReason(service, action, region, call.error)) };
  return { value: call.responses as Json<T>[] };
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
