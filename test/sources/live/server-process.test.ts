/**
 * The loopback server in its own process (what the live benchmark uses): the
 * live source scans it like the in-process one, faults cross over, and the
 * recorded calls and the server's CPU come back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLiveSource } from '../../../src/sources/live/index.js';
import { sampleAccount } from '../../support/aws-server/index.js';
import { startFakeAwsProcess, type FakeAwsProcess } from '../../support/aws-server/process.js';
import { captureIo, TEST_CREDENTIALS } from './helpers.js';

let server: FakeAwsProcess;

beforeAll(async () => {
  server = await startFakeAwsProcess({ account: sampleAccount() }, { preload: false });
});

afterAll(async () => {
  await server.close();
});

describe('fake AWS in a child process', () => {
  it('serves a scan from another process and reports every call it answered', async () => {
    expect(server.pid).not.toBe(process.pid);
    await server.setFaults([{ action: 'sns:*', kind: 'AccessDenied' }]);
    const result = await loadLiveSource(
      {
        regions: ['us-east-1'],
        quiet: true,
        endpoint: server.endpoint,
        credentials: TEST_CREDENTIALS,
        maxAttempts: 1,
      },
      captureIo(),
    );
    const { calls, cpuMs } = await server.stats();
    expect(result.callerIdentity?.account).toBe('123456789012');
    expect(calls.length).toBe(result.parameters.apiRequests);
    expect(calls.some((call) => call.action === 'kms:ListKeys' && call.status === 200)).toBe(true);
    const denied = calls.filter((call) => call.action.startsWith('sns:'));
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((call) => call.status === 403 || call.status === 400)).toBe(true);
    expect(result.inventory.gaps.some((gap) => gap.resourceType === 'sns-topic')).toBe(true);
    expect(cpuMs).toBeGreaterThan(0);
  });
});
