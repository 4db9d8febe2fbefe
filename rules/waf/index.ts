import type { Rule } from '../../src/engine/rule.js';
import wafProtectsPublicEndpoints from './waf-protects-public-endpoints.js';

export const wafRules: readonly Rule[] = [wafProtectsPublicEndpoints] as Rule[];
