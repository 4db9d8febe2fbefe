/**
 * One input that was not read (a remote nested stack, an opted-out region)
 * leaves a population UNKNOWN for every rule and resource type it could have
 * held, and a gap per type. Reports count those under their one cause,
 * naming the rules and types, instead of a line each; every finding stays in
 * findings.json, SARIF and the pack.
 */
import type { Finding } from '../engine/finding.js';
import { compareRuleIds } from '../engine/rule.js';
import type { Gap } from '../inventory/model.js';

/** From this many findings (or gaps) of one cause, they share a line. */
const SHARED_CAUSE_MIN = 5;
const NAMES_SHOWN = 12;

export interface SharedCause {
  cause: string;
  count: number;
  rules: string[];
  types: string[];
}

/** What a population-level UNKNOWN rests on: the reason it could not be read, and where. */
function populationCause(finding: Finding): string | undefined {
  if (finding.status !== 'UNKNOWN' || !finding.resource.id.endsWith(':*')) return undefined;
  const reason = finding.evidence?.reason;
  if (typeof reason !== 'string') return undefined;
  return finding.resource.region === undefined ? reason : `${reason} (${finding.resource.region})`;
}

/** Names, the first few of them, and how many more. */
export function someOf(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  return names.length > NAMES_SHOWN ? `${shown} and ${names.length - NAMES_SHOWN} more` : shown;
}

/** Population UNKNOWNs held by cause while a report reads its findings once. */
export class CauseGroups {
  private readonly byCause = new Map<string, Finding[]>();

  /** Holds a population UNKNOWN (true); any other finding is the caller's (false). */
  hold(finding: Finding): boolean {
    const cause = populationCause(finding);
    if (cause === undefined) return false;
    const group = this.byCause.get(cause);
    if (group) group.push(finding);
    else this.byCause.set(cause, [finding]);
    return true;
  }

  /** Causes behind enough findings to share a line. */
  shared(): SharedCause[] {
    return [...this.byCause]
      .filter(([, group]) => group.length >= SHARED_CAUSE_MIN)
      .map(([cause, group]) => ({
        cause,
        count: group.length,
        rules: [...new Set(group.map((finding) => finding.ruleId))].sort(compareRuleIds),
        types: [...new Set<string>(group.map((finding) => finding.resource.type))].sort(),
      }));
  }

  /** The held findings whose cause is behind too few to share a line: listed as usual. */
  unshared(): Finding[] {
    return [...this.byCause.values()].filter((group) => group.length < SHARED_CAUSE_MIN).flat();
  }
}

/** Gaps of one cause and place together: one per resource type a nested stack not read could hold. */
export function gapsByCause(gaps: readonly Gap[]): { gap: Gap; types?: string[] }[] {
  const byCause = new Map<string, Gap[]>();
  for (const gap of gaps) {
    const key = [gap.account, gap.region, gap.action, gap.reason].join('\u0000');
    const group = byCause.get(key);
    if (group) group.push(gap);
    else byCause.set(key, [gap]);
  }
  return [...byCause.values()].flatMap((group) =>
    group.length < SHARED_CAUSE_MIN
      ? group.map((gap) => ({ gap }))
      : [{ gap: group[0]!, types: group.map((gap) => gap.resourceType).sort() }],
  );
}
