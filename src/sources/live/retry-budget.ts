/**
 * The SDK's adaptive retries, inside a time budget per call. The SDK already
 * retries only what can succeed later (throttling, 5xx, timeouts, dropped
 * connections) and never a 4xx or an answer in the wrong format; this adds
 * the bound: once a call has spent its budget, it fails with its last error
 * instead of waiting for more attempts.
 */
import { AdaptiveRetryStrategy } from '@smithy/core/retry';
import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from '@smithy/types';

/** The adaptive strategy's own token type (it adds the retry cost). */
type AdaptiveToken = Parameters<AdaptiveRetryStrategy['recordSuccess']>[0];

export class BudgetedRetryStrategy implements RetryStrategyV2 {
  readonly mode = 'adaptive';
  private readonly inner: AdaptiveRetryStrategy;
  private readonly startedAt = new WeakMap<RetryToken, number>();

  constructor(
    maxAttempts: number,
    private readonly budgetMs: number,
    private readonly onRetry?: () => void,
  ) {
    this.inner = new AdaptiveRetryStrategy(async () => maxAttempts);
  }

  async acquireInitialRetryToken(scope: string): Promise<RetryToken> {
    const token = await this.inner.acquireInitialRetryToken(scope);
    this.startedAt.set(token, Date.now());
    return token;
  }

  async refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    const startedAt = this.startedAt.get(token) ?? Date.now();
    // Throws (and the SDK surfaces the call's own error) when the error is not retryable or attempts are spent.
    const next = await this.inner.refreshRetryTokenForRetry(token as AdaptiveToken, errorInfo);
    if (Date.now() - startedAt + next.getRetryDelay() > this.budgetMs)
      throw errorInfo.error ?? new Error('retry budget spent');
    this.startedAt.set(next, startedAt);
    this.onRetry?.();
    return next;
  }

  recordSuccess(token: RetryToken): void {
    this.inner.recordSuccess(token as AdaptiveToken);
  }
}
