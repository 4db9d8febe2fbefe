/**
 * The controls part of the report: each control once, by family. A control
 * with exceptions gets its own block; one that held on every resource it
 * checked is one table row; one that checked nothing is listed apart, saying
 * why, so it never sits among the controls that held.
 */
import { FAMILY_TITLES, RULE_FAMILIES, type RuleFamily } from '../../../engine/rule.js';
import { anchorOf, type ControlView } from './controls.js';

export interface ControlGroupView {
  id: string;
  anchor: string;
  name: string;
  /** Controls with exceptions or suppressions: one block each. */
  detailed: ControlView[];
  /** Controls that passed wherever they applied: one row each. */
  held: ControlView[];
  /** PDF page the group starts on (second print pass only). */
  page?: number;
}

export interface NoEvidenceControlView extends ControlView {
  /** Why the control gave no evidence, in words. */
  reason: string;
  /** The reason shared with other controls, for the heading they are listed under. */
  groupReason: string;
  /** What is particular to this control under that heading: the resource types it found none of. */
  detail: string;
}

function noEvidenceReason(
  control: ControlView,
): Pick<NoEvidenceControlView, 'reason' | 'groupReason' | 'detail'> | undefined {
  if (control.coverage === 'not-evaluated') {
    const reason = `Not evaluated in this scan: this control ${control.notEvaluated ?? 'cannot run on this source'}.`;
    return { reason, groupReason: reason, detail: '' };
  }
  if (control.coverage === 'no-resources') {
    return {
      reason: control.appliesTo
        ? `Nothing to check: no ${control.appliesTo} in scope.`
        : 'Nothing to check: no resource of its types in scope.',
      groupReason:
        'Nothing to check: no resource of the types they check is in scope (the types follow each id).',
      detail: control.appliesTo,
    };
  }
  if (control.coverage === 'not-applicable') {
    const looked = control.counts.notApplicable.toLocaleString('en-US');
    return {
      reason: `Not applicable to any of the ${looked} resources it looked at.`,
      groupReason: 'Not applicable to any resource they looked at (the number looked at follows each id).',
      detail: `${looked} looked at`,
    };
  }
  return undefined;
}

/** Controls without evidence that share a reason, listed under it once. */
export interface NoEvidenceGroupView {
  reason: string;
  controls: NoEvidenceControlView[];
}

export function groupByReason(controls: readonly NoEvidenceControlView[]): NoEvidenceGroupView[] {
  const groups = new Map<string, NoEvidenceControlView[]>();
  for (const control of controls)
    groups.set(control.groupReason, [...(groups.get(control.groupReason) ?? []), control]);
  return [...groups].map(([reason, list]) => ({ reason, controls: list }));
}

export function controlGroups(controls: readonly ControlView[]): {
  groups: ControlGroupView[];
  noEvidence: NoEvidenceControlView[];
} {
  const families: string[] = [...RULE_FAMILIES];
  for (const control of controls) if (!families.includes(control.family)) families.push(control.family);
  const noEvidence: NoEvidenceControlView[] = [];
  const groups = families.map((family): ControlGroupView => {
    const group: ControlGroupView = {
      id: family,
      anchor: anchorOf('family', family),
      name: FAMILY_TITLES[family as RuleFamily] ?? (family === 'other' ? 'Other controls' : family),
      detailed: [],
      held: [],
    };
    for (const control of controls) {
      if (control.family !== family) continue;
      const reason = noEvidenceReason(control);
      if (reason !== undefined) noEvidence.push({ ...control, ...reason });
      else if (control.coverage === 'pass') group.held.push(control);
      else group.detailed.push(control);
    }
    return group;
  });
  return {
    groups: groups.filter((group) => group.detailed.length + group.held.length > 0),
    noEvidence,
  };
}
