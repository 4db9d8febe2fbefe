/**
 * An account that could not be scanned at all (its role could not be
 * assumed, it is suspended, its regions could not be read): every resource
 * type is a gap of that account, so every selected rule reports UNKNOWN for
 * it with the reason, and nothing of it can read as PASS or as a missing
 * control.
 */
import type { Finding } from '../../engine/finding.js';
import type { Rule } from '../../engine/rule.js';
import { runRules, type RunOptions } from '../../engine/run.js';
import { Inventory } from '../../inventory/inventory.js';
import { RESOURCE_TYPES, type Gap } from '../../inventory/model.js';

export function unreachableGaps(account: string, action: string, reason: string): Gap[] {
  return RESOURCE_TYPES.map((resourceType) => ({ resourceType, account, action, reason }));
}

export function unreachableFindings(
  account: string,
  gaps: readonly Gap[],
  regions: readonly string[],
  rules: readonly Rule[],
  run: RunOptions,
): Finding[] {
  const inventory = new Inventory([], gaps, { source: 'live', accounts: [account], regions: [...regions] });
  return runRules(inventory, rules, run);
}
