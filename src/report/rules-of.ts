/** The rules a result reports on, including any only its findings name. */
import type { RuleSummary, ScanResult } from '../engine/finding.js';

/** Rules named by findings but missing from `result.rules` (an older findings.json) still get a section. */
export function rulesOf(result: ScanResult): RuleSummary[] {
  const rules = [...result.rules];
  const known = new Set(rules.map((rule) => rule.id));
  for (const finding of result.findings) {
    if (known.has(finding.ruleId)) continue;
    known.add(finding.ruleId);
    rules.push({
      id: finding.ruleId,
      title: finding.title,
      severity: finding.severity,
      criteria: finding.controls,
      appliesTo: [],
      rationale: '',
      remediation: { summary: '' },
    });
  }
  return rules;
}
