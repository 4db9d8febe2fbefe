/**
 * The package entry, for a team's own rules (`soc2 scan --rules-dir DIR`):
 *
 *   import { defineRule, pass, fail, undetermined, isUnknown } from 'soc2-evidence';
 *   export default defineRule({ id: 'my-check', ..., evaluate(resource) { ... } });
 *
 * The same API the bundled rules use; examples/custom-rules/ shows one.
 */
export {
  defineRule,
  fail,
  notApplicable,
  pass,
  undetermined,
  RULE_FAMILIES,
  SEVERITIES,
  SOC2_CRITERIA,
} from './engine/rule.js';
export type {
  Equivalents,
  Evidence,
  Outcome,
  Remediation,
  Rule,
  RuleFamily,
  RuleMeta,
  RuleSource,
  Severity,
  Soc2Criterion,
} from './engine/rule.js';
export { isKnown, isUnknown, Unknown } from './inventory/maybe.js';
export type { Maybe } from './inventory/maybe.js';
export { RESOURCE_TYPES } from './inventory/model.js';
export type { Resource, ResourceOf, ResourceType } from './inventory/model.js';
export type { Inventory } from './inventory/inventory.js';
