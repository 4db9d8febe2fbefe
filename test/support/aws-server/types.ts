/** Options, faults and the handle of the loopback AWS server (re-exported by index.ts). */
import type { FakeAccount } from './account.js';
import type { FakeOrganization } from './organization.js';

export interface FakeAwsOptions {
  /** The account the server's own credentials act in (an organization's management account). */
  account: FakeAccount;
  /** Member accounts: requests signed with credentials assumed into one are answered from it. */
  organization?: FakeOrganization;
  /** Lifetime of the credentials sts:AssumeRole issues (default 3600 s); a request signed with expired ones fails with ExpiredToken. */
  sessionSeconds?: number;
  /** Added to every call before it is answered. */
  latencyMs?: number;
  /**
   * Requests per second per action and region, as a token bucket holding one
   * second of requests: `'rds:DescribeDBInstances': 10`. A `'rds:*'` key is one
   * bucket shared by the service's actions. Over the limit the call fails with
   * the service's real throttling error.
   */
  rateLimits?: Record<string, number>;
  /** Page size of paginated operations (default 100); a smaller MaxRecords/MaxResults/Limit/MaxItems wins. */
  pageSize?: number;
}

export type FaultKind =
  | 'AccessDenied'
  | 'Throttling'
  | 'ServerError'
  | 'Latency'
  | 'Truncated'
  | 'OptInRequired'
  /** What a captive portal or a proxy's sign-in page answers: 200, text/html. */
  | 'Html200'
  /** 200 with no body at all. */
  | 'Empty200'
  /** 200 with well-formed XML that is not the operation's answer (a proxy's status document). */
  | 'ForeignXml200'
  /** A missing route on a wrong AWS_ENDPOINT_URL: 404 with an HTML page. */
  | 'Html404'
  /** The connection is accepted and the request read, but no answer ever comes. */
  | 'NeverAnswer';

/** Faults answered by the HTTP layer instead of the service (not an AWS error). */
export type WireFaultKind = 'Html200' | 'Empty200' | 'ForeignXml200' | 'Html404' | 'NeverAnswer';
const WIRE_FAULTS: ReadonlySet<FaultKind> = new Set<WireFaultKind>([
  'Html200',
  'Empty200',
  'ForeignXml200',
  'Html404',
  'NeverAnswer',
]);

export function isWireFault(kind: FaultKind): kind is WireFaultKind {
  return WIRE_FAULTS.has(kind);
}

export interface FaultRule {
  /** `'rds:DescribeDBInstances'`, `'rds:*'` or `'*'`; the service part is the SigV4 signing name. */
  action: string;
  region?: string;
  kind: FaultKind;
  /** Only the first N matching calls; default every call. */
  times?: number;
  /**
   * Only calls asking for page 2 or later (carrying a page token this server
   * issued, or DynamoDB's ExclusiveStartTableName): the first page succeeds,
   * a later one fails. `times` then counts those calls only.
   */
  onlyLaterPages?: boolean;
  /** For `Latency`: extra delay of the call. */
  latencyMs?: number;
}

export interface RecordedCall {
  /** `service:Operation`, service being the SigV4 signing name (`elasticloadbalancing:DescribeListeners`). */
  action: string;
  region: string;
  /** The account that answered (an organization member, for credentials assumed into it). */
  account?: string;
  status: number;
  /** The call asked for page 2 or later (see `FaultRule.onlyLaterPages`). */
  laterPage?: boolean;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface FakeAws {
  /** `http://127.0.0.1:PORT`, for the `endpoint` client option or AWS_ENDPOINT_URL. */
  endpoint: string;
  calls: RecordedCall[];
  /** Replaces the active faults (and their `times` counters). */
  setFaults(faults: FaultRule[]): void;
  close(): Promise<void>;
}
