/**
 * Template scans: an UNKNOWN because something the templates refer to was
 * not among the scanned files, or a parameter had no value, says what to do
 * next, so a developer can turn it into a verdict.
 */
import type { Finding } from './finding.js';

const MISSING_RESOURCE =
  /\bnot (?:in|defined in) the (?:scanned )?(?:templates|inventory)\b|\bis not in the scanned templates\b/;
const MISSING_PARAMETER = /\bpass --parameters\b/;

export const MISSING_RESOURCE_HINT =
  'to decide it, add the template that defines it to the scan (-t), pin the parameter it comes from with --parameters, or suppress the finding with a justification';

export function withNextSteps(findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => {
    if (finding.status !== 'UNKNOWN') return finding;
    if (!MISSING_RESOURCE.test(finding.message) || MISSING_PARAMETER.test(finding.message)) return finding;
    return { ...finding, message: `${finding.message.replace(/[.\s]+$/, '')}; ${MISSING_RESOURCE_HINT}` };
  });
}
