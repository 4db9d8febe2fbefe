/**
 * Config recorder shapes the sample account does not have (issue 12, found by
 * mutation testing): each recorder is judged by its own status, a recording
 * group given only as a recording strategy is read, and a missing or denied
 * status is UNKNOWN, never PASS.
 */
import type { ConfigurationRecorder, ConfigurationRecorderStatus } from '@aws-sdk/client-config-service';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/finding.js';
import { emptyAccount, type FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

const ACCOUNT = '111122223333';

function recorder(
  name: string,
  recordingGroup: ConfigurationRecorder['recordingGroup'],
): ConfigurationRecorder {
  return { name, roleARN: `arn:aws:iam::${ACCOUNT}:role/config`, recordingGroup };
}

function status(name: string, recording: boolean): ConfigurationRecorderStatus {
  return { name, recording, lastStatus: 'Success' };
}

async function verdicts(
  recorders: ConfigurationRecorder[],
  recorderStatus: ConfigurationRecorderStatus[],
  faults?: FaultRule[],
): Promise<Record<string, Pick<Finding, 'status' | 'message'>>> {
  const account = emptyAccount({
    accountId: ACCOUNT,
    regions: { 'us-east-1': { config: { recorders, recorderStatus } } },
  });
  const scan = await scanFake(account, { faults, live: { maxAttempts: 1 } });
  return Object.fromEntries(
    scan.findings
      .filter((finding) => finding.ruleId === 'config-recorder-enabled')
      .map((finding) => [
        finding.resource.name ?? finding.resource.id,
        { status: finding.status, message: finding.message },
      ]),
  );
}

describe('config recorders, live', () => {
  it('each recorder gets its own status, whatever the order of the status list', async () => {
    const result = await verdicts(
      [recorder('stopped', { allSupported: true }), recorder('running', { allSupported: true })],
      [status('running', true), status('stopped', false)],
    );
    expect(result.stopped?.status).toBe('FAIL');
    expect(result.running?.status).toBe('PASS');
  });

  it('a recording strategy without allSupported is read: selected types FAIL, all supported PASS', async () => {
    const result = await verdicts(
      [
        recorder('inclusion', { recordingStrategy: { useOnly: 'INCLUSION_BY_RESOURCE_TYPES' } }),
        recorder('all', { recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } }),
      ],
      [status('inclusion', true), status('all', true)],
    );
    expect(result.inclusion?.status).toBe('FAIL');
    expect(result.all?.status).toBe('PASS');
  });

  it('no recording group at all is UNKNOWN, not "selected types"', async () => {
    const result = await verdicts([recorder('bare', undefined)], [status('bare', true)]);
    expect(result.bare).toMatchObject({
      status: 'UNKNOWN',
      message: expect.stringContaining('recording group not returned'),
    });
  });

  it('a recorder with no status entry, or a denied status call, is UNKNOWN', async () => {
    const missing = await verdicts([recorder('orphan', { allSupported: true })], []);
    expect(missing.orphan).toMatchObject({
      status: 'UNKNOWN',
      message: expect.stringContaining('no status was returned'),
    });
    const denied = await verdicts(
      [recorder('default', { allSupported: true })],
      [status('default', true)],
      [{ action: 'config:DescribeConfigurationRecorderStatus', kind: 'AccessDenied' }],
    );
    expect(denied.default).toMatchObject({
      status: 'UNKNOWN',
      message: expect.stringMatching(/AccessDenied/),
    });
  });
});
