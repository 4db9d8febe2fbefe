import { describe, expect, it } from 'vitest';
import { compareFindings } from '../../src/engine/changes.js';
import type { Finding, Status } from '../../src/engine/finding.js';

function finding(ruleId: string, resourceId: string, status: Status): Finding {
  return {
    ruleId,
    title: ruleId,
    status,
    severity: 'high',
    controls: ['CC6.1'],
    resource: { type: 's3-bucket', id: resourceId, name: `name-${resourceId}` },
    message: `${ruleId} on ${resourceId} is ${status}`,
    evidence: {},
  };
}

const BASELINE = {
  startedAt: '2026-11-24T03:17:00.000Z',
  source: 'reports/123/2026-11-24T031700Z/findings.json',
};

describe('compareFindings', () => {
  const previous = [
    finding('storage-encrypted', 'a', 'PASS'),
    finding('storage-encrypted', 'b', 'FAIL'),
    finding('storage-encrypted', 'c', 'PASS'),
    finding('storage-encrypted', 'gone-failing', 'FAIL'),
    finding('kms-key-rotation', 'k', 'UNKNOWN'),
    finding('kms-key-rotation', 'same', 'FAIL'),
  ];
  const current = [
    finding('storage-encrypted', 'a', 'FAIL'),
    finding('storage-encrypted', 'b', 'PASS'),
    finding('storage-encrypted', 'c', 'UNKNOWN'),
    finding('storage-encrypted', 'new', 'FAIL'),
    finding('kms-key-rotation', 'k', 'PASS'),
    finding('kms-key-rotation', 'same', 'FAIL'),
  ];
  const changes = compareFindings(previous, current, BASELINE);

  it('reports regressions and new resources that fail as new failures', () => {
    expect(changes.newFailures.map((c) => [c.resourceId, c.before, c.after])).toEqual([
      ['a', 'PASS', 'FAIL'],
      ['new', undefined, 'FAIL'],
    ]);
  });

  it('reports fixed failures, and failing resources that disappeared, as resolved', () => {
    expect(changes.resolved.map((c) => [c.resourceId, c.before, c.after])).toEqual([
      ['b', 'FAIL', 'PASS'],
      ['gone-failing', 'FAIL', undefined],
    ]);
  });

  it('reports a check that can no longer be read as newly incomplete, never as fixed', () => {
    expect(changes.newlyIncomplete.map((c) => [c.resourceId, c.before, c.after])).toEqual([
      ['c', 'PASS', 'UNKNOWN'],
    ]);
    const failingThenUnreadable = compareFindings(
      [finding('storage-encrypted', 'x', 'FAIL')],
      [finding('storage-encrypted', 'x', 'UNKNOWN')],
      BASELINE,
    );
    expect(failingThenUnreadable.resolved).toEqual([]);
    expect(failingThenUnreadable.newlyIncomplete).toHaveLength(1);
  });

  it('counts everything, including what did not change', () => {
    expect(changes.counts).toEqual({
      newFailures: 2,
      resolved: 2,
      newlyIncomplete: 1,
      otherChanges: 1,
      unchanged: 1,
    });
    expect(changes.otherChanges[0]).toMatchObject({ resourceId: 'k', before: 'UNKNOWN', after: 'PASS' });
    expect(changes.baseline).toEqual(BASELINE);
  });
});
