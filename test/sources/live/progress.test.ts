/** The CI heartbeat (issue 11 item 5): without a TTY, a summary line on a timer, even when quiet. */
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../src/sources/live/progress.js';
import { captureIo } from './helpers.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('progress without a TTY', () => {
  it('prints a heartbeat with calls, regions, what is pending and retries, even with quiet', async () => {
    const io = captureIo();
    const progress = createProgress(io, true, { heartbeatMs: 20 });
    progress.planned([
      { service: 'wafv2', region: 'us-east-1' },
      { service: 'wafv2', region: 'us-east-1' },
      { service: 'kms', region: 'eu-west-1' },
    ]);
    progress.started('kms', 'eu-west-1');
    progress.finished('kms', 'eu-west-1');
    progress.collectorDone('kms', 'eu-west-1');
    progress.collectorDone('wafv2', 'us-east-1');
    progress.started('wafv2', 'us-east-1');
    progress.retried();
    await tick(70);
    progress.stop();
    const lines = io.err.join('');
    expect(lines).toMatch(
      /^soc2: still scanning after \d+s: 1 call done, 1 in flight, regions 1\/2 done; pending: wafv2 us-east-1; 1 retry$/m,
    );
    const count = io.err.length;
    await tick(50);
    expect(io.err.length).toBe(count);
  });

  it('keeps the per-collector lines when not quiet', () => {
    const io = captureIo();
    const progress = createProgress(io, false, { heartbeatMs: 10_000 });
    progress.started('kms', 'us-east-1');
    progress.finished('kms', 'us-east-1');
    progress.collectorDone('kms', 'us-east-1');
    progress.stop();
    expect(io.err).toEqual(['soc2: kms us-east-1: 1 call\n']);
  });
});
