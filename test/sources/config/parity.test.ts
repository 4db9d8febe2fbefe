/**
 * `--source config` (issue 8): the sample account scanned through AWS Config
 * where Config records the resources, and directly otherwise, gets the same
 * verdicts as a direct scan; the calls Config answered were never sent.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../rules/index.js';
import { runRules } from '../../../src/engine/run.js';
import { loadConfigSource } from '../../../src/sources/config/index.js';
import type { Snapshot } from '../../../src/sources/snapshot/format.js';
import {
  sampleAccount,
  startFakeAws,
  type FakeAccount,
  type FaultRule,
} from '../../support/aws-server/index.js';
import { captureIo, SCANNED_AT, scanFake, TEST_CREDENTIALS, verdicts } from '../live/helpers.js';

async function scanThroughConfig(account: FakeAccount, faults: FaultRule[] = []) {
  const fake = await startFakeAws({ account });
  fake.setFaults(faults);
  try {
    const result = await loadConfigSource(
      {
        regions: account.enabledRegions,
        quiet: true,
        endpoint: fake.endpoint,
        credentials: TEST_CREDENTIALS,
        maxAttempts: 2,
        rateLimits: 'off',
      },
      captureIo(),
    );
    return {
      findings: runRules(result.inventory, allRules, { now: SCANNED_AT }),
      snapshot: result.snapshot as Snapshot,
      sent: fake.calls.map((call) => `${call.action} ${call.region}`),
    };
  } finally {
    await fake.close();
  }
}

describe('--source config', () => {
  it('gets the same verdicts as a direct scan of the same account', async () => {
    const account = sampleAccount();
    const direct = await scanFake(account, { live: { rateLimits: 'off' } });
    const viaConfig = await scanThroughConfig(account);
    expect(verdicts(viaConfig.findings)).toEqual(verdicts(direct.findings));
    // Not vacuous: the sample account has volumes, security groups and DB instances Config answered for.
    const answered = viaConfig.snapshot.calls.filter((call) => call.via === 'config');
    expect(answered.map((call) => call.action)).toEqual(
      expect.arrayContaining(['DescribeVolumes', 'DescribeSecurityGroups', 'DescribeDBInstances']),
    );
    // us-east-1 records every type: its volumes came from Config, never from EC2.
    expect(viaConfig.sent).not.toContain('ec2:DescribeVolumes us-east-1');
    expect(viaConfig.sent).toContain('config:BatchGetResourceConfig us-east-1');
    // eu-west-1's recorder records DB instances only: its volumes are read directly, not taken as none.
    expect(viaConfig.sent).toContain('ec2:DescribeVolumes eu-west-1');
    expect(viaConfig.snapshot.parameters.readDirectly).toContain(
      'AWS::EC2::Volume in eu-west-1: no recorder in the region is recording this type',
    );
    // Facts Config does not hold still come from their own calls.
    expect(viaConfig.sent).toContain('kms:GetKeyRotationStatus us-east-1');
    // The evidence is dated by the configuration items' capture, not by the scan.
    const volumes = answered.find((call) => call.action === 'DescribeVolumes');
    expect(volumes?.at).toBe('2026-11-20T06:00:00.000Z');
  }, 120_000);

  it.each([
    ['SelectResourceConfig', 'config:SelectResourceConfig'],
    ['BatchGetResourceConfig', 'config:BatchGetResourceConfig'],
    ['the recorder status', 'config:DescribeConfigurationRecorderStatus'],
  ])(
    'falls back to direct calls when %s is denied: the same verdicts, none taken from silence',
    async (_name, action) => {
      const account = sampleAccount();
      const direct = await scanFake(account, { live: { rateLimits: 'off' } });
      const viaConfig = await scanThroughConfig(account, [{ action, kind: 'AccessDenied' }]);
      const configFindings = verdicts(viaConfig.findings).filter(
        (line) => !line.startsWith('config-recorder-enabled '),
      );
      const directFindings = verdicts(direct.findings).filter(
        (line) => !line.startsWith('config-recorder-enabled '),
      );
      expect(configFindings).toEqual(directFindings);
      expect(viaConfig.sent).toContain('ec2:DescribeVolumes us-east-1');
      expect(viaConfig.snapshot.calls.some((call) => call.via === 'config')).toBe(false);
    },
    120_000,
  );
});
