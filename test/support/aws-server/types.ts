/** Options, faults and the handle of the loopback AWS server (re-exported by index.ts). */
import type { FakeAccount } from './account.js';

export interface FakeAwsOptions {
  account: FakeAccount;
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
  'AccessDenied' | 'Throttling' | 'ServerError' | 'Latency' | 'Truncated' | 'OptInRequired';

export interface FaultRule {
  /** `'rds:DescribeDBInstances'`, `'rds:*'` or `'*'`; the service part is the SigV4 signing name. */
  action: string;
  region?: string;
  kind: FaultKind;
  /** Only the first N matching calls; default every call. */
  times?: number;
  /** For `Latency`: extra delay of the call. */
  latencyMs?: number;
}

export interface RecordedCall {
  /** `service:Operation`, service being the SigV4 signing name (`elasticloadbalancing:DescribeListeners`). */
  action: string;
  region: string;
  status: number;
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
