/**
 * Template scans: what a finding needs to lead a developer on. An UNKNOWN
 * because something the templates refer to was not among the scanned files
 * says what to do next; a CDK finding carries the app line that created it.
 */
import type { Finding, SourceLocation } from './finding.js';

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

/** CDK findings point at the app line that created the construct too, when the assembly recorded it. */
export function withSourceLocations(
  findings: Finding[],
  sources: ReadonlyMap<string, SourceLocation> | undefined,
): Finding[] {
  if (sources === undefined || sources.size === 0) return findings;
  return findings.map((finding) => {
    const source = finding.resource.cdkPath ? sources.get(finding.resource.cdkPath) : undefined;
    return source ? { ...finding, resource: { ...finding.resource, source } } : finding;
  });
}

/** The stacks whose construct traces are worth reading: those of CDK findings a developer must act on. */
export function stacksToLocate(findings: readonly Finding[]): Set<string> {
  const stacks = new Set<string>();
  for (const finding of findings) {
    if (finding.status === 'PASS' || finding.status === 'NOT_APPLICABLE') continue;
    if (finding.resource.cdkPath === undefined || finding.resource.stack === undefined) continue;
    // Nested stacks are named `<parent>/<logicalId>`; their traces are in the top-level stack's metadata.
    for (const part of finding.resource.stack.split('/')) stacks.add(part);
  }
  return stacks;
}
