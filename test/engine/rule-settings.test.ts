import { describe, expect, it } from 'vitest';
import { configureRule, settingValuesOf } from '../../src/engine/rule-settings.js';
import { ruleById } from '../support/rule-cases.js';

describe('a rule with settings', () => {
  const retention = ruleById('log-group-retention');

  it('reads its defaults into its title, rationale and remediation, for soc2 rules and the docs', () => {
    expect(settingValuesOf(retention)).toEqual({ minRetentionDays: 365 });
    for (const text of [
      retention.title,
      retention.rationale,
      retention.remediation.summary,
      retention.remediation.cloudformation,
      retention.remediation.cli,
    ]) {
      expect(text).not.toMatch(/\{\w+\}/);
    }
    expect(retention.remediation.cli).toContain('--retention-in-days 365');
  });

  it('configured, reads the values given everywhere, and records them', () => {
    const configured = configureRule(retention, { minRetentionDays: 400 });
    expect(configured.settingValues).toEqual({ minRetentionDays: 400 });
    expect(configured.title).toContain('400');
    expect(configured.remediation.cli).toContain('--retention-in-days 400');
    expect(configured.remediation.cloudformation).toContain('RetentionInDays: 400');
    expect(
      `${configured.title} ${configured.rationale} ${JSON.stringify(configured.remediation)}`,
    ).not.toMatch(/\b365\b/);
  });

  it('configured twice from the catalogue, each run reads its own values', () => {
    expect(configureRule(retention, { minRetentionDays: 90 }).title).toContain('90');
    expect(configureRule(retention).title).toBe(retention.title);
  });
});
