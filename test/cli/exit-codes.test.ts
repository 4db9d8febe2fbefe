import { describe, expect, it } from 'vitest';
import { EXIT, exitCodeFor, type FailOn } from '../../src/cli/exit-codes.js';
import type { Finding, Status } from '../../src/engine/finding.js';
import type { Severity } from '../../src/engine/rule.js';

function finding(status: Status, severity: Severity = 'medium'): Finding {
  return {
    ruleId: 'r',
    title: 't',
    status,
    severity,
    controls: ['CC6.1'],
    resource: { type: 'kms-key', id: `k-${status}-${severity}` },
    message: 'm',
    evidence: {},
  };
}

const strict = { failOn: 'info' as FailOn, failOnUnknown: true };

describe('exitCodeFor', () => {
  it('is 0 when nothing fails and the evidence is complete', () => {
    expect(exitCodeFor([], strict)).toBe(EXIT.ok);
    expect(
      exitCodeFor([finding('PASS'), finding('NOT_APPLICABLE'), finding('SUPPRESSED', 'critical')], strict),
    ).toBe(EXIT.ok);
  });

  it('is 1 for any FAIL by default, even an info one', () => {
    expect(exitCodeFor([finding('PASS'), finding('FAIL', 'info')], strict)).toBe(EXIT.failures);
  });

  it.each([
    ['critical', 'high', EXIT.ok],
    ['high', 'high', EXIT.failures],
    ['high', 'critical', EXIT.failures],
    ['medium', 'low', EXIT.ok],
    ['low', 'low', EXIT.failures],
    ['none', 'critical', EXIT.ok],
  ] as const)('--fail-on %s with a %s FAIL gives %i', (failOn, severity, code) => {
    expect(exitCodeFor([finding('FAIL', severity)], { failOn, failOnUnknown: false })).toBe(code);
  });

  it('is 3 when evidence is incomplete (UNKNOWN or ERROR) and nothing fails at the threshold', () => {
    expect(exitCodeFor([finding('PASS'), finding('UNKNOWN')], strict)).toBe(EXIT.incomplete);
    expect(exitCodeFor([finding('ERROR')], strict)).toBe(EXIT.incomplete);
    expect(
      exitCodeFor([finding('FAIL', 'low'), finding('UNKNOWN')], { failOn: 'high', failOnUnknown: true }),
    ).toBe(EXIT.incomplete);
  });

  it('lets failures win over incompleteness', () => {
    expect(exitCodeFor([finding('UNKNOWN'), finding('FAIL', 'high')], strict)).toBe(EXIT.failures);
  });

  it('--no-fail-on-unknown ignores UNKNOWN and ERROR but not failures', () => {
    const lenient = { failOn: 'info' as FailOn, failOnUnknown: false };
    expect(exitCodeFor([finding('UNKNOWN'), finding('ERROR')], lenient)).toBe(EXIT.ok);
    expect(exitCodeFor([finding('UNKNOWN'), finding('FAIL')], lenient)).toBe(EXIT.failures);
  });
});
