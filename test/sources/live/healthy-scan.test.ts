/**
 * A healthy scan (issue 12): with no fault injected, every fact a normalizer
 * looks up was fetched. A fetcher and normalizer that disagree on a call's
 * parameters would otherwise turn a fact into "not in the scan data" UNKNOWN.
 */
import { describe, expect, it } from 'vitest';
import { Unknown } from '../../../src/inventory/maybe.js';
import { sampleAccount } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

function unknownReasons(value: unknown, path: string, out: string[]): void {
  if (value instanceof Unknown) out.push(`${path}: ${value.reason}`);
  else if (Array.isArray(value))
    value.forEach((item, index) => unknownReasons(item, `${path}[${index}]`, out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) unknownReasons(item, `${path}.${key}`, out);
}

describe('a healthy full scan', () => {
  it('has no gap and no Unknown fact beyond the documented one (nothing "not in the scan data")', async () => {
    const scan = await scanFake(sampleAccount(), { live: { regions: ['all'] } });
    expect(scan.result.inventory.gaps).toEqual([]);
    const reasons: string[] = [];
    for (const resource of scan.result.inventory.resources) unknownReasons(resource, resource.id, reasons);
    // By design, HTTPS listeners' rule actions are not fetched (DescribeRules is read for HTTP listeners only).
    expect(reasons.filter((reason) => !/rule actions not fetched/.test(reason))).toEqual([]);
    expect(
      scan.findings
        .filter((finding) => /not in the scan data/.test(`${finding.message}`))
        .map((f) => f.ruleId),
    ).toEqual([]);
  });
});
