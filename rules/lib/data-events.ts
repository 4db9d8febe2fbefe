/**
 * Whether an account's trails record the data events of one resource type
 * (S3 object reads and writes, Lambda invocations): judged per trail, and a
 * trail that does not is not applicable when another logging, multi-region
 * trail of the same account does.
 */
import { fail, notApplicable, pass, undetermined, type Outcome } from '../../src/engine/rule.js';
import type { Inventory } from '../../src/inventory/inventory.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { CloudTrailTrail, DataEventScope } from '../../src/inventory/model.js';

export interface DataEventNeed {
  /** CloudTrail's resource types, any of which counts (`AWS::S3::Object`). */
  resourceTypes: string[];
  /** For messages: "S3 object". */
  label: string;
  /** Which events must be recorded for every resource: Lambda's Invoke is a write event only. */
  directions: ('read' | 'write')[];
}

function scopeOf(
  trail: CloudTrailTrail,
  need: DataEventNeed,
): Outcome | { read: DataEventScope; write: DataEventScope } {
  const events = trail.dataEvents;
  if (events === undefined) return undetermined('the event selectors were not read');
  if (isUnknown(events)) return undetermined(events);
  let read: DataEventScope = 'none';
  let write: DataEventScope = 'none';
  const rank = { none: 0, some: 1, all: 2 } as const;
  for (const coverage of events) {
    if (!need.resourceTypes.includes(coverage.resourceType)) continue;
    if (rank[coverage.read] > rank[read]) read = coverage.read;
    if (rank[coverage.write] > rank[write]) write = coverage.write;
  }
  return { read, write };
}

function ownOutcome(trail: CloudTrailTrail, need: DataEventNeed): Outcome {
  const scope = scopeOf(trail, need);
  if ('status' in scope) return scope;
  const evidence = { readEvents: scope.read, writeEvents: scope.write };
  const missing = need.directions
    .filter((direction) => scope[direction] !== 'all')
    .map(
      (direction) =>
        `${direction} events ${scope[direction] === 'none' ? 'not recorded' : 'recorded for some resources only'}`,
    );
  if (missing.length === 0)
    return pass(
      `the trail records ${need.label} ${need.directions.join(' and ')} data events for every resource`,
      evidence,
    );
  return fail(`${need.label} data events: ${missing.join(', ')}`, evidence);
}

const accountOf = (trail: CloudTrailTrail): string | undefined =>
  trail.origin.kind === 'live' ? trail.origin.account : undefined;

export function evaluateDataEvents(
  trail: CloudTrailTrail,
  inventory: Inventory,
  need: DataEventNeed,
): Outcome {
  const own = ownOutcome(trail, need);
  if (own.status !== 'FAIL') return own;
  for (const other of inventory.ofType('cloudtrail-trail')) {
    if (other === trail || accountOf(other) !== accountOf(trail)) continue;
    const condition = 'condition' in other.origin ? other.origin.condition : undefined;
    if (other.isLogging !== true || other.isMultiRegion !== true || condition !== undefined) continue;
    if (ownOutcome(other, need).status === 'PASS') {
      return notApplicable(
        `${own.message}, but trail ${other.name ?? other.id} records them for the account`,
        {
          ...own.evidence,
          coveredBy: other.id,
        },
      );
    }
  }
  return own;
}
