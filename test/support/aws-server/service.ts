/** What a fake service declares: its wire protocol, its SDK schemas and its operation handlers. */
import type { FakeAccount } from './account.js';
import type { FakeOrganization } from './organization.js';
import type { FaultKind } from './types.js';

export type Protocol = 'json' | 'query' | 'ec2' | 'rest-xml' | 'rest-json';

/** Mutable per-server state some operations need (issued sessions, credential report). */
export interface ServerState {
  /** Access key id issued by sts:AssumeRole -> the assumed-role ARN it acts as. */
  sessions: Map<string, string>;
  /** Access key id issued by sts:AssumeRole -> when it expires (Date.now() time). */
  sessionExpiry: Map<string, number>;
  sessionSeconds: number;
  credentialReportGeneratedAt?: Date;
  /** The organization the server's account manages, if any (organization.ts). */
  organization?: FakeOrganization;
  /** The server's own account: the management account of `organization`. */
  managementAccountId: string;
}

export interface CallContext {
  account: FakeAccount;
  region: string;
  /** `service:Operation`, also the scope of page tokens. */
  action: string;
  accessKeyId: string;
  /** Parsed JSON body (json, rest-json). */
  body: Record<string, unknown>;
  /** Form parameters (query, ec2) or URL query parameters (rest protocols). */
  params: Record<string, string>;
  /** Named groups of the matched REST route (bucket name, distribution id ...). */
  pathParams: Record<string, string>;
  /** The server's page size, or the caller's requested maximum when smaller. */
  pageSize(requested: unknown): number;
  state: ServerState;
}

/** A body written as is (S3 GetBucketLocation, GetBucketPolicy), bypassing the schema. */
export class RawBody {
  constructor(
    readonly body: string,
    readonly contentType: string,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** Returns the operation's output in the SDK's shape (or a RawBody), or throws AwsError. */
export type Handler = (ctx: CallContext) => unknown;

export interface RestRoute {
  method: 'GET' | 'POST' | 'HEAD';
  /** Matched against the URL path; named groups become `pathParams`. */
  path: RegExp;
  /** A query key that must be present (S3 subresources: `encryption`, `policy` ...). */
  subresource?: string;
  operation: string;
}

export interface ErrorCode {
  code: string;
  status: number;
  message?: string;
}

/** What a request shows before its service is chosen: enough to tell apart services that share a signing name. */
export interface RequestShape {
  method: string;
  /** URL path, e.g. `/v2/apis` (API Gateway v2) vs `/restapis` (REST APIs). */
  path: string;
  /** Form parameters of a query-protocol body, e.g. `Version` (2012-06-01: classic ELB, 2015-12-01: ELBv2). */
  form: Record<string, string>;
}

export interface ServiceDefinition {
  /** SigV4 signing name, also the prefix of actions in faults and rate limits. */
  signingName: string;
  /**
   * Only for a service that shares its signing name with another (classic ELB
   * and ELBv2, API Gateway v1 and v2): which requests are its own. Of the
   * services sharing a name, those with `matches` are asked first; the one
   * without it answers the rest.
   */
  matches?: (request: RequestShape) => boolean;
  protocol: Protocol;
  /** The SDK client module: its `<Operation>$` exports are the operation schemas. */
  load: () => Promise<object>;
  xmlNamespace?: string;
  jsonVersion?: '1.0' | '1.1';
  /** Global services (IAM, CloudFront) answer whatever region the client signs for. */
  global?: boolean;
  operations: Record<string, Handler>;
  /** REST protocols: how a request maps to an operation; first match wins. */
  routes?: RestRoute[];
  /** Service-specific codes for injected faults and disabled regions. */
  errorCodes?: Partial<Record<FaultKind | 'DisabledRegion' | 'UnknownOperation', ErrorCode>>;
}

/** `Names.member.1, Names.member.2 ...` (query) or `SubnetId.1 ...` (ec2) as a list. */
export function listParam(params: Record<string, string>, name: string): string[] | undefined {
  const values: string[] = [];
  for (let i = 1; ; i++) {
    const value = params[`${name}.member.${i}`] ?? params[`${name}.${i}`];
    if (value === undefined) break;
    values.push(value);
  }
  return values.length > 0 ? values : undefined;
}

export interface Ec2Filter {
  name: string;
  values: string[];
}

/** `Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-1`. */
export function ec2Filters(params: Record<string, string>): Ec2Filter[] {
  const filters: Ec2Filter[] = [];
  for (let i = 1; params[`Filter.${i}.Name`] !== undefined; i++) {
    filters.push({ name: params[`Filter.${i}.Name`]!, values: listParam(params, `Filter.${i}.Value`) ?? [] });
  }
  return filters;
}

export function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' ? value : undefined;
}
