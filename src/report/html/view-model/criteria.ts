/** Controls grouped under each SOC 2 criterion, exceptions shown once or repeated within a budget. */
import type { RuleSummary } from '../../../engine/finding.js';
import { CRITERIA_NAMES, CRITERIA_TITLES, compareCriteria } from '../criteria.js';
import { anchorOf, type ControlView } from './controls.js';
import { sumCounts, type StatusCounts } from './counts.js';

/** Exceptions are repeated under every criterion of a control while the repeats stay under this many rows. */
export const REPEATED_EXCEPTION_BUDGET = 1000;

export interface CriterionControl extends ControlView {
  /** False: the exceptions are shown under `detailCriterion` (anchor `detailAnchor`). */
  showDetails: boolean;
  detailCriterion: string;
  detailAnchor: string;
}

export interface CriterionView {
  id: string;
  anchor: string;
  /** PDF page the section starts on (second print pass only). */
  page?: number;
  name: string;
  text: string;
  counts: StatusCounts;
  controls: CriterionControl[];
}

export function criteriaViews(
  rules: readonly RuleSummary[],
  controls: Map<string, ControlView>,
): CriterionView[] {
  const byCriterion = new Map<string, ControlView[]>();
  for (const rule of rules) {
    for (const criterion of rule.criteria) {
      const list = byCriterion.get(criterion) ?? [];
      list.push(controls.get(rule.id)!);
      byCriterion.set(criterion, list);
    }
  }
  const ordered = [...byCriterion.keys()].sort(compareCriteria);
  let repeatedRows = 0;
  for (const rule of rules) {
    repeatedRows +=
      (rule.criteria.length - 1) *
      (controls.get(rule.id)!.exceptions.length + controls.get(rule.id)!.suppressions.length);
  }
  const repeat = repeatedRows <= REPEATED_EXCEPTION_BUDGET;
  const firstCriterion = new Map<string, string>();
  return ordered.map((criterion) => {
    const list = byCriterion.get(criterion)!;
    const anchor = anchorOf('criterion', criterion);
    return {
      id: criterion,
      anchor,
      name: CRITERIA_NAMES[criterion] ?? criterion,
      text: CRITERIA_TITLES[criterion] ?? '',
      counts: sumCounts(list.map((control) => control.counts)),
      controls: list.map((control) => {
        const first = firstCriterion.get(control.id) ?? criterion;
        firstCriterion.set(control.id, first);
        return {
          ...control,
          anchor: anchorOf('control', criterion, control.id),
          showDetails: repeat || first === criterion,
          detailCriterion: first,
          detailAnchor: anchorOf('control', first, control.id),
        };
      }),
    };
  });
}
