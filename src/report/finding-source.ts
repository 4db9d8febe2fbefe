/**
 * Where a renderer reads the findings it writes: the result's own list, or a
 * streamed organization scan's spool (pack/finding-spool.ts), read back from
 * disk one finding at a time as often as the renderer needs.
 */
import type { Finding } from '../engine/finding.js';

export interface FindingSource {
  /** Every finding, in order; each call reads them again from the first. */
  all(): Iterable<Finding>;
  /**
   * Every finding by rule: rules in order of first appearance, each rule's
   * findings in order, each group readable more than once.
   */
  byRule(): Map<string, () => Iterable<Finding>>;
}

/** The findings of a result in memory. */
export function findingList(findings: readonly Finding[]): FindingSource {
  return {
    all: () => findings,
    byRule() {
      const groups = new Map<string, Finding[]>();
      for (const finding of findings) {
        const group = groups.get(finding.ruleId);
        if (group) group.push(finding);
        else groups.set(finding.ruleId, [finding]);
      }
      return new Map([...groups].map(([ruleId, group]) => [ruleId, () => group]));
    },
  };
}

/** Lazily filtered. */
export function* filtered(
  findings: Iterable<Finding>,
  keep: (finding: Finding) => boolean,
): Generator<Finding> {
  for (const finding of findings) if (keep(finding)) yield finding;
}
