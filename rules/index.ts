/**
 * The rule set. Adding a control: one file in this folder, one line here, one test.
 */
import type { Rule } from '../src/engine/rule.js';
import kmsKeyRotation from './kms-key-rotation.js';

export const allRules: readonly Rule[] = [kmsKeyRotation as Rule];

/** Bumped whenever a rule's logic or metadata changes. */
export const RULES_VERSION = '2026.11.0';
