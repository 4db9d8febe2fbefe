/**
 * One SDK client per service and region, all sharing credentials, the
 * adaptive retries inside a time budget per call, request timeouts that fail
 * the attempt (the SDK's default only logs a warning and waits forever), and
 * a check that each answer is an API response (response-check.ts). Endpoints come from the SDK's own
 * configuration (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>, profile
 * `endpoint_url`), or from `endpoint` when a test injects one.
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Pluggable } from '@smithy/types';
import type { TokenBucket } from 'limiter';
import { rateLimitOf, rateLimitPlugin, tokenBucket, type RateLimit, type RateLimits } from './rate-limits.js';
import { responseCheckPlugin } from './response-check.js';
import { BudgetedRetryStrategy } from './retry-budget.js';

export interface ClientSettings {
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  profile?: string;
  endpoint?: string;
  maxAttempts: number;
  /** One attempt: no answer within this time fails it (a timeout, retried within the budget). */
  requestTimeoutMs: number;
  /** One call, retries included: no retry starts once this time is spent. */
  retryBudgetMs: number;
  /** Told of every retry (progress heartbeat). */
  onRetry?: () => void;
  /** Sockets per client and host; the recorder never has more calls than this in flight. */
  maxSockets: number;
  /**
   * A custom endpoint (AWS_ENDPOINT_URL*, LocalStack, moto) is configured: S3
   * needs path-style addressing (no per-bucket DNS) and SQS must not follow
   * the amazonaws.com host inside each QueueUrl.
   */
  customEndpoint: boolean;
  /** Pacing per service below AWS's throttling limits (rate-limits.ts); `off`: none. */
  rateLimits: RateLimits;
}

export interface BaseClientConfig {
  region: string;
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  profile?: string;
  endpoint?: string;
  maxAttempts: number;
  retryStrategy: BudgetedRetryStrategy;
  requestHandler: {
    requestTimeout: number;
    throwOnRequestTimeout: true;
    connectionTimeout: number;
    httpAgent: AgentOptions;
    httpsAgent: AgentOptions;
  };
}

interface AgentOptions {
  keepAlive: boolean;
  maxSockets: number;
}

interface Destroyable {
  destroy(): void;
  /** Each client's own input and output types; only `use` is called. */
  middlewareStack: unknown;
}

export type ClientClass<C> = new (config: BaseClientConfig) => C;

export class ClientPool {
  private readonly clients = new Map<ClientClass<Destroyable>, Map<string, Destroyable>>();
  /** One bucket per service and region; clients of the same service in a region share it. */
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(readonly settings: ClientSettings) {}

  config(region: string): BaseClientConfig {
    const config: BaseClientConfig = {
      region,
      credentials: this.settings.credentials,
      maxAttempts: this.settings.maxAttempts,
      retryStrategy: new BudgetedRetryStrategy(
        this.settings.maxAttempts,
        this.settings.retryBudgetMs,
        this.settings.onRetry,
      ),
      requestHandler: {
        requestTimeout: this.settings.requestTimeoutMs,
        throwOnRequestTimeout: true,
        connectionTimeout: Math.min(this.settings.requestTimeoutMs, 5_000),
        // Kept-alive sockets: no TCP and TLS handshake per call.
        httpAgent: { keepAlive: true, maxSockets: this.settings.maxSockets },
        httpsAgent: { keepAlive: true, maxSockets: this.settings.maxSockets },
      },
    };
    if (this.settings.profile !== undefined) config.profile = this.settings.profile;
    if (this.settings.endpoint !== undefined) config.endpoint = this.settings.endpoint;
    return config;
  }

  get<C extends Destroyable>(clientClass: ClientClass<C>, region: string, extra: object = {}): C {
    let byRegion = this.clients.get(clientClass);
    if (!byRegion) {
      byRegion = new Map();
      this.clients.set(clientClass, byRegion);
    }
    let client = byRegion.get(region);
    if (!client) {
      client = new clientClass({ ...this.config(region), ...extra });
      (client.middlewareStack as { use(plugin: Pluggable<object, object>): void }).use(
        responseCheckPlugin(this.settings.requestTimeoutMs),
      );
      const limits = this.settings.rateLimits;
      if (limits !== 'off') {
        (client.middlewareStack as { use(plugin: Pluggable<object, object>): void }).use(
          rateLimitPlugin(this.bucketFor(limits, clientClass.name, region)),
        );
      }
      byRegion.set(region, client);
    }
    return client as C;
  }

  private bucketFor(
    limits: Readonly<Record<string, RateLimit>>,
    clientName: string,
    region: string,
  ): TokenBucket {
    const key = `${clientName} ${region}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = tokenBucket(rateLimitOf(limits, clientName));
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  destroy(): void {
    for (const byRegion of this.clients.values()) for (const client of byRegion.values()) client.destroy();
    this.clients.clear();
  }
}

/** Any AWS_ENDPOINT_URL or AWS_ENDPOINT_URL_<SERVICE> set: the SDK will use a custom endpoint. */
export function customEndpointConfigured(env: Record<string, string | undefined>): boolean {
  return Object.entries(env).some(
    ([key, value]) => /^AWS_ENDPOINT_URL(_|$)/.test(key) && value !== undefined && value !== '',
  );
}
