/**
 * Gaps tracked by the engine, not by each rule: a rule's evaluation runs on a
 * recording view of the inventory, and when a type its answer rested on (a
 * population it listed, a resource it looked up and did not find) has a gap
 * where the resource is, a PASS or NOT_APPLICABLE cannot stand: what was not
 * read might have changed it. A FAIL stands: it was proven on what was read.
 */
import type { Inventory } from '../inventory/inventory.js';
import type { Gap, Resource, ResourceType } from '../inventory/model.js';
import type { Outcome } from './rule.js';

/** A gap bears on a resource when it is account-wide or in the resource's own region and account. */
function bearsOn(gap: Gap, resource: Resource): boolean {
  const origin = resource.origin;
  if (origin.kind === 'live' && gap.account !== undefined && gap.account !== origin.account) return false;
  return gap.region === undefined || resource.region === undefined || gap.region === resource.region;
}

function gapBehind(
  inventory: Inventory,
  touched: ReadonlySet<ResourceType>,
  resource: Resource,
): Gap | undefined {
  for (const type of touched) {
    const gap = inventory.gapsFor(type).find((candidate) => bearsOn(candidate, resource));
    if (gap) return gap;
  }
  return undefined;
}

/** The outcome, or UNKNOWN when it is a PASS / NOT_APPLICABLE resting on a population that has a gap. */
export function withTouchedGaps(
  outcome: Outcome,
  inventory: Inventory,
  touched: ReadonlySet<ResourceType>,
  resource: Resource,
): Outcome {
  if (outcome.status !== 'PASS' && outcome.status !== 'NOT_APPLICABLE') return outcome;
  const gap = gapBehind(inventory, touched, resource);
  if (!gap) return outcome;
  const where = gap.region ? ` in ${gap.region}` : '';
  return {
    status: 'UNKNOWN',
    message: `${gap.resourceType} could not be read${where} (${gap.reason}), and the verdict rests on it; on what was read: ${outcome.message}`,
    evidence: {
      ...outcome.evidence,
      withheld: outcome.status,
      gap: { resourceType: gap.resourceType, action: gap.action, region: gap.region, reason: gap.reason },
    },
  };
}
