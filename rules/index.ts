/**
 * The rule set, one folder per family (encryption, tls, network, waf, logging,
 * identity, availability, configuration). Adding a control: one file in its
 * family's folder, one line in that folder's index.ts, one case table.
 */
import type { Rule } from '../src/engine/rule.js';
import { encryptionRules } from './encryption/index.js';
import { tlsRules } from './tls/index.js';
import { networkRules } from './network/index.js';
import { wafRules } from './waf/index.js';
import { loggingRules } from './logging/index.js';
import { identityRules } from './identity/index.js';
import { configurationRules } from './configuration/index.js';
import { availabilityRules } from './availability/index.js';

export const allRules: readonly Rule[] = [
  ...encryptionRules,
  ...tlsRules,
  ...networkRules,
  ...wafRules,
  ...loggingRules,
  ...identityRules,
  ...configurationRules,
  ...availabilityRules,
];

/** Bumped whenever a rule's logic or metadata changes. */
export const RULES_VERSION = '2026.12.0';
