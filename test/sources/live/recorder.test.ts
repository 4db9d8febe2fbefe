/**
 * The recorder's limits: at most `perServiceAndRegion` calls in flight to one
 * service in one region, at most `global` in all, and a queued call of a busy
 * lane never keeps another lane waiting.
 */
import { describe, expect, it } from 'vitest';
import { Recorder } from '../../../src/sources/live/recorder.js';

/** Calls that stay in flight until released, counting what is in flight. */
function heldCalls() {
  const inFlight = new Map<string, number>();
  let total = 0;
  const peak = { total: 0, lanes: new Map<string, number>() };
  const waiting: (() => void)[] = [];
  const send = (lane: string) => () =>
    new Promise<string>((resolve) => {
      total += 1;
      inFlight.set(lane, (inFlight.get(lane) ?? 0) + 1);
      peak.total = Math.max(peak.total, total);
      peak.lanes.set(lane, Math.max(peak.lanes.get(lane) ?? 0, inFlight.get(lane)!));
      waiting.push(() => {
        total -= 1;
        inFlight.set(lane, inFlight.get(lane)! - 1);
        resolve(lane);
      });
    });
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  /** Releases everything in flight, round after round, until nothing is left. */
  const drain = async (done: Promise<unknown>) => {
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      await settle();
      for (const release of waiting.splice(0)) release();
    }
  };
  return { send, peak, drain, waiting, settle };
}

describe('recorder concurrency', () => {
  it('caps each service and region at its lane size, and all calls at the global cap', async () => {
    const rec = new Recorder({ global: 5, perServiceAndRegion: 2 });
    const held = heldCalls();
    const lanes = ['kms@us-east-1', 'kms@eu-west-1', 'ec2@us-east-1', 's3@us-east-1'];
    const all = Promise.all(
      lanes.flatMap((lane) =>
        Array.from({ length: 6 }, (_, index) => {
          const [service, region] = lane.split('@') as [string, string];
          return rec.call(service, 'Describe', region, { index }, held.send(lane));
        }),
      ),
    );
    await held.drain(all);
    const outcomes = await all;
    expect(outcomes.every((outcome) => outcome.value !== undefined)).toBe(true);
    expect(rec.requests).toBe(24);
    expect(Math.max(...held.peak.lanes.values())).toBe(2);
    expect(held.peak.total).toBe(5);
  });

  it('a lane full of queued calls leaves the global slots to the other lanes', async () => {
    const rec = new Recorder({ global: 4, perServiceAndRegion: 1 });
    const held = heldCalls();
    for (let index = 0; index < 10; index += 1)
      void rec.call('kms', 'DescribeKey', 'us-east-1', { index }, held.send('kms@us-east-1'));
    void rec.call('ec2', 'DescribeVolumes', 'us-east-1', undefined, held.send('ec2@us-east-1'));
    void rec.call('rds', 'DescribeDBInstances', 'us-east-1', undefined, held.send('rds@us-east-1'));
    await held.settle();
    // One KMS call (its lane is full), and the EC2 and RDS calls, all in flight at once.
    expect(held.waiting).toHaveLength(3);
    expect(held.peak.lanes.get('ec2@us-east-1')).toBe(1);
    expect(held.peak.lanes.get('rds@us-east-1')).toBe(1);
  });

  it('a lane is never wider than the global cap', async () => {
    const rec = new Recorder({ global: 3, perServiceAndRegion: 10 });
    const held = heldCalls();
    const all = Promise.all(
      Array.from({ length: 9 }, (_, index) =>
        rec.call('sqs', 'GetQueueAttributes', 'us-east-1', { index }, held.send('sqs@us-east-1')),
      ),
    );
    await held.drain(all);
    expect(held.peak.total).toBe(3);
  });
});
