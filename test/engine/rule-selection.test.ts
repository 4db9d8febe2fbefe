/** Which rules a scan runs, and which of them are said to be not evaluated, over the real catalogue. */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { selectRules, unknownRuleIds, type RuleSelection } from '../../src/engine/rule-selection.js';

const everything: RuleSelection = { only: [], skip: [], families: [] };

describe('selectRules', () => {
  it('the full catalogue on templates: live-only rules are listed, none required', () => {
    const { rules, notEvaluated } = selectRules(allRules, everything, 'template');
    expect(rules).toHaveLength(allRules.length);
    const liveOnly = allRules.filter(
      (rule) => rule.sources !== undefined && !rule.sources.includes('template'),
    );
    expect(liveOnly.length).toBeGreaterThan(0);
    expect(notEvaluated.map((entry) => entry.ruleId)).toEqual(liveOnly.map((rule) => rule.id));
    expect(notEvaluated.some((entry) => entry.required)).toBe(false);
  });

  it('on a live account or a snapshot only template-only rules are listed', () => {
    for (const source of ['live', 'snapshot'] as const) {
      const templateOnly = allRules.filter(
        (rule) => rule.sources !== undefined && !rule.sources.includes('live'),
      );
      expect(selectRules(allRules, everything, source).notEvaluated).toHaveLength(templateOnly.length);
    }
  });

  it('a rule named with --rules that cannot run is required; one that can run beside it is not listed', () => {
    const { rules, notEvaluated } = selectRules(
      allRules,
      { ...everything, only: ['root-mfa-enabled', 'storage-encrypted'] },
      'template',
    );
    expect(rules.map((rule) => rule.id).sort()).toEqual(['root-mfa-enabled', 'storage-encrypted']);
    expect(notEvaluated).toEqual([
      expect.objectContaining({
        ruleId: 'root-mfa-enabled',
        required: true,
        reason: 'runs on live accounts and snapshots only, not on templates',
      }),
    ]);
  });

  it('a filter that leaves only rules that cannot run makes every one of them required', () => {
    // The identity family holds template rules too: skip those, so only live-only rules are left.
    const identity = allRules.filter((rule) => rule.family === 'identity');
    const onTemplates = identity.filter(
      (rule) => rule.sources === undefined || rule.sources.includes('template'),
    );
    expect(onTemplates.length).toBeGreaterThan(0);
    const whole = selectRules(allRules, { ...everything, families: ['identity'] }, 'template');
    expect(whole.notEvaluated.length).toBeGreaterThan(0);
    expect(whole.notEvaluated.some((entry) => entry.required)).toBe(false);
    const { rules, notEvaluated } = selectRules(
      allRules,
      { ...everything, families: ['identity'], skip: onTemplates.map((rule) => rule.id) },
      'template',
    );
    expect(notEvaluated.map((entry) => entry.ruleId)).toEqual(rules.map((rule) => rule.id));
    expect(notEvaluated.length).toBeGreaterThan(0);
    expect(notEvaluated.every((entry) => entry.required)).toBe(true);
  });

  it('--severity is a minimum, --skip-rules wins over --rules', () => {
    const medium = selectRules(allRules, { ...everything, minSeverity: 'medium' }, 'live').rules;
    expect(new Set(medium.map((rule) => rule.severity))).toEqual(new Set(['critical', 'high', 'medium']));
    const skipped = selectRules(
      allRules,
      { ...everything, only: ['storage-encrypted'], skip: ['storage-encrypted'] },
      'live',
    ).rules;
    expect(skipped).toEqual([]);
  });

  it('unknownRuleIds names only the ids no rule has', () => {
    expect(unknownRuleIds(['storage-encrypted', 'storage-encryptd'], allRules)).toEqual(['storage-encryptd']);
  });
});
