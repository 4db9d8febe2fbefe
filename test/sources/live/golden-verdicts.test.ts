/**
 * The sample account against its reviewed verdict table (issue 12): every rule
 * on every resource, through the live source over the loopback server and
 * through the committed snapshot's replay. A normalizer that reads a field
 * wrongly (IPv6 ranges ignored, Block Public Access always on, Config
 * recording everything ...) changes a line of the table and fails here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allRules } from '../../../rules/index.js';
import type { Finding } from '../../../src/engine/finding.js';
import { runRules } from '../../../src/engine/run.js';
import { loadSnapshotSource } from '../../../src/sources/snapshot/index.js';
import { SAMPLE_ACCOUNT_VERDICTS } from '../../fixtures/sample-account-verdicts.js';
import { sampleAccount } from '../../support/aws-server/index.js';
import {
  SAMPLE_FAULTS,
  SAMPLE_SCANNED_AT,
  SAMPLE_SNAPSHOT_FILE,
} from '../../support/make-sample-snapshot.js';
import { scanFake } from './helpers.js';

/** One line per difference, e.g. `sg-no-public-admin-ports sg-ipv6-ssh: expected FAIL, got PASS (...)`. */
function differences(findings: readonly Finding[]): string[] {
  const actual = new Map<string, Finding>();
  const lines: string[] = [];
  for (const finding of findings) {
    const key = `${finding.ruleId} ${finding.resource.id}`;
    if (actual.has(key)) lines.push(`${key}: more than one finding`);
    actual.set(key, finding);
  }
  for (const [ruleId, byResource] of Object.entries(SAMPLE_ACCOUNT_VERDICTS)) {
    for (const [resourceId, expected] of Object.entries(byResource)) {
      const key = `${ruleId} ${resourceId}`;
      const finding = actual.get(key);
      actual.delete(key);
      if (finding === undefined) lines.push(`${key}: expected ${expected}, got no finding`);
      else if (finding.status !== expected)
        lines.push(`${key}: expected ${expected}, got ${finding.status} (${finding.message})`);
    }
  }
  for (const [key, finding] of actual)
    lines.push(`${key}: not in the table, got ${finding.status} (${finding.message})`);
  return lines.sort();
}

const HINT = 'test/fixtures/sample-account-verdicts.ts is the reviewed expectation';

afterEach(() => {
  vi.useRealTimers();
});

describe('the sample account matches its reviewed verdict table', () => {
  it('covers every rule', () => {
    expect(Object.keys(SAMPLE_ACCOUNT_VERDICTS).sort()).toEqual(allRules.map((rule) => rule.id).sort());
  });

  it('live: a scan through the loopback AWS server, at the sample scan time', async () => {
    // Only Date is faked: access-key ages are judged at the scan's own clock.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(SAMPLE_SCANNED_AT) });
    const scan = await scanFake(sampleAccount(), { faults: SAMPLE_FAULTS });
    expect(scan.result.inventory.meta.scannedAt).toBe(SAMPLE_SCANNED_AT);
    expect(differences(scan.findings), HINT).toEqual([]);
  });

  it('snapshot: the committed sample replays to the same table', async () => {
    const sample = await loadSnapshotSource(SAMPLE_SNAPSHOT_FILE);
    const findings = runRules(sample.inventory, allRules, { now: new Date(SAMPLE_SCANNED_AT) });
    expect(
      differences(findings),
      `${HINT}; regenerate the snapshot with npx tsx test/support/make-sample-snapshot.ts`,
    ).toEqual([]);
  });

  it('the comparison fails on a single changed verdict, naming it', async () => {
    const sample = await loadSnapshotSource(SAMPLE_SNAPSHOT_FILE);
    const findings = runRules(sample.inventory, allRules, { now: new Date(SAMPLE_SCANNED_AT) });
    const flipped = findings.map((finding) =>
      finding.ruleId === 'sg-no-public-admin-ports' && finding.resource.id === 'sg-ipv6-ssh'
        ? { ...finding, status: 'PASS' as const, message: 'planted' }
        : finding,
    );
    expect(differences(flipped)).toEqual([
      'sg-no-public-admin-ports sg-ipv6-ssh: expected FAIL, got PASS (planted)',
    ]);
  });
});
