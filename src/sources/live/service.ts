/**
 * What one AWS service module (services/<name>/index.ts) declares: its calls,
 * and the collectors that FETCH them and NORMALIZE what was recorded. The
 * fetcher and normalizer lists, the IAM policy, the fake server's services
 * and the benchmark's critical path are all derived from these declarations
 * (catalog.ts), so adding a service is adding one folder and its line in
 * services/index.ts.
 */
import type { Params } from './call-key.js';
import type { FetchContext } from './fetch/types.js';
import type { Output } from './normalize/raw.js';
import type { CallOutcome, PagesOutcome, Recorder } from './recorder.js';

/**
 * One API call a service can send. Its `params` builder makes the parameters
 * a call is recorded under; the fetcher records with it and the normalizer
 * looks the response up with it, so the two cannot disagree.
 * `Out` is the SDK's output type (phantom: it only types what the normalizer reads back).
 */
export class ApiCall<In = void, Out = unknown> {
  declare readonly output: Out;
  /** The IAM action that allows it (IAM names differ from API names for S3). */
  readonly iam: string;
  /** Calls whose answers it needs before it can be sent: the benchmark's critical path follows them. */
  readonly after: readonly AnyCall[];
  /** Resource ARNs when narrower than `*` (API Gateway authorizes reads by path). */
  readonly resources?: readonly string[];
  /** Sent in the resource's own region (a bucket's, a trail's home), not necessarily the collector's. */
  readonly anyRegion: boolean;
  /** Sent again and again, one after another (polling): every send is on the critical path. */
  readonly repeated: boolean;
  /** REST-XML answers: the root element a real answer has (response-check.ts rejects any other). */
  readonly responseRoot?: string;
  /** Set when the service is not offered in every region (availability.ts): where it is, is read first. */
  readonly availability?: Availability;
  private readonly buildParams: (input: In) => Params | undefined;

  constructor(
    /** The service's name in snapshots and call keys (`elbv2`). */
    readonly service: string,
    /** The API operation (`DescribeListeners`). */
    readonly action: string,
    /** The SDK client package that sends it (`@aws-sdk/client-elastic-load-balancing-v2`). */
    readonly sdkPackage: string,
    iamPrefix: string,
    options: CallOptions<In>,
    availability?: Availability,
  ) {
    this.iam = options.iam ?? `${iamPrefix}:${action}`;
    this.buildParams = options.params ?? (() => undefined);
    this.after = options.after ?? [];
    if (options.resources) this.resources = options.resources;
    this.anyRegion = options.anyRegion ?? false;
    this.repeated = options.repeated ?? false;
    if (options.responseRoot) this.responseRoot = options.responseRoot;
    if (availability) this.availability = availability;
  }

  params(input: In): Params | undefined {
    return this.buildParams(input);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of calls of any input and output
export type AnyCall = ApiCall<any, any>;

export interface CallOptions<In> {
  /** Default `<iamPrefix>:<action>`. */
  iam?: string;
  params?: (input: In) => Params | undefined;
  after?: readonly AnyCall[];
  resources?: readonly string[];
  anyRegion?: boolean;
  repeated?: boolean;
  responseRoot?: string;
}

/**
 * A service AWS does not offer in every region. AWS publishes where it is as
 * public SSM parameters (`/aws/service/global-infrastructure/services/<ssm>/regions`);
 * a scan reads that list once and does not call the service where it is not offered.
 */
export interface Availability {
  /** The service's name in AWS's list (`bedrock`, `network-firewall`). */
  ssm: string;
  /** How messages name it (`Bedrock`). */
  title: string;
}

export interface ServiceOptions {
  /** Declared for services not offered in every region; absent: called in every scanned region. */
  availability?: Availability;
}

/** The call declarations of one service: `calls.call<Output, Input>('Action', options)`. */
export function serviceCalls(
  service: string,
  sdkPackage: string,
  iamPrefix: string,
  serviceOptions: ServiceOptions = {},
) {
  return {
    call<Out, In = void>(action: string, options: CallOptions<In> = {}): ApiCall<In, Out> {
      return new ApiCall<In, Out>(
        service,
        action,
        sdkPackage,
        iamPrefix,
        options,
        serviceOptions.availability,
      );
    },
  };
}

/** Every call a module exports (a service's calls.ts), in declaration order. */
export function callsIn(module: Record<string, unknown>): AnyCall[] {
  return Object.values(module).filter((value): value is AnyCall => value instanceof ApiCall);
}

/** One request of a declared call, recorded under the call's parameters. */
export function send<In, Out>(
  rec: Recorder,
  call: ApiCall<In, Out>,
  region: string,
  input: In,
  request: () => Promise<Out>,
): Promise<CallOutcome<Out>> {
  return rec.call(call.service, call.action, region, call.params(input), request);
}

/** Every page of a declared call, recorded under the call's parameters. */
export function sendPages<In, Out>(
  rec: Recorder,
  call: ApiCall<In, Out>,
  region: string,
  input: In,
  pages: () => AsyncIterable<Out>,
): Promise<PagesOutcome<Out>> {
  return rec.paginate(call.service, call.action, region, call.params(input), pages);
}

export type Scope = 'regional' | 'global';

/** A FETCH step and the NORMALIZE step that reads what it recorded, run once per region or once per scan. */
export interface Collector {
  /** `regional`: once per scanned region; `global`: once per scan, in the partition's global region. */
  scope: Scope;
  fetch(ctx: FetchContext, region: string): Promise<void>;
  normalize(out: Output): void;
  /**
   * Runs instead of `normalize` in a region where AWS's list says the service
   * is not offered (nothing was fetched there): account settings say why they
   * do not apply; without it, the region adds nothing (no resource can exist there).
   */
  notOffered?(out: Output, reason: string): void;
}

export interface LiveService {
  /** The folder's name, also the service's name in progress lines. */
  name: string;
  calls: readonly AnyCall[];
  collectors: readonly Collector[];
}

/**
 * A FETCH step whose module is imported when a scan first runs it: fetch.ts
 * imports the service's SDK client, and loading all of them costs seconds
 * that template and snapshot scans, the IAM policy and the catalog never need.
 */
export function lazyFetch<Name extends string>(
  load: () => Promise<Record<Name, Collector['fetch']>>,
  name: Name,
): Collector['fetch'] {
  return async (ctx, region) => (await load())[name](ctx, region);
}
