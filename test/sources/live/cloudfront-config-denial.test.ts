/** cloudfront:GetDistributionConfig denied: the distribution is still judged, its access logging is UNKNOWN, never PASS. */
import { describe, expect, it } from 'vitest';
import { sampleAccount, type FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

describe('cloudfront:GetDistributionConfig denied', () => {
  it('makes cloudfront-access-logging UNKNOWN for every distribution', async () => {
    const faults: FaultRule[] = [{ action: 'cloudfront:GetDistributionConfig', kind: 'AccessDenied' }];
    const scan = await scanFake(sampleAccount(), { faults, live: { maxAttempts: 1 } });
    const findings = scan.findings.filter((finding) => finding.ruleId === 'cloudfront-access-logging');
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.status, finding.message).toBe('UNKNOWN');
      expect(finding.message).toMatch(/GetDistributionConfig|AccessDenied|not authorized/);
    }
    expect(scan.incompleteExit).toBe(3);
  }, 60_000);
});
