/**
 * Rule settings: the values a rule is evaluated with, its defaults overlaid
 * with what a team set (`scan --settings FILE`, read by settings-file.ts).
 * A rule whose setting has no default and no value is not evaluated: it says
 * which setting it needs instead of inventing a verdict.
 */
import type { NotEvaluatedRule } from './finding.js';
import {
  textsWithSettingValues,
  writtenTextsOf,
  type Rule,
  type RuleMeta,
  type SettingValues,
} from './rule.js';

export type SettingValue = number | readonly string[];

/** Values set for some rules, by rule id then setting name; validated against the rules' declarations. */
export type GivenSettings = ReadonlyMap<string, Readonly<Record<string, SettingValue>>>;

/** A rule's settings in force: its defaults, then the values given. */
export function settingValuesOf(
  rule: Pick<RuleMeta, 'settings'>,
  given: Readonly<Record<string, SettingValue>> = {},
): Record<string, SettingValue> {
  const values: Record<string, SettingValue> = {};
  for (const [name, setting] of Object.entries(rule.settings ?? {})) {
    const value = given[name] ?? (setting.kind === 'days' ? setting.default : undefined);
    if (value !== undefined) values[name] = value;
  }
  return values;
}

/** Settings the rule needs and has no value for. */
export function missingSettings(
  rule: Pick<RuleMeta, 'settings'>,
  values: Readonly<Record<string, SettingValue>>,
) {
  return Object.keys(rule.settings ?? {}).filter((name) => values[name] === undefined);
}

export function missingSettingsReason(missing: readonly string[]): string {
  const names = missing.map((name) => `"${name}"`).join(' and ');
  return `needs the setting${missing.length > 1 ? 's' : ''} ${names}, which no settings file gave (scan --settings FILE)`;
}

/**
 * A rule bound to its settings: `settingValues` is what the engine evaluates
 * it with and the evidence records, and its title, rationale and remediation read them.
 */
export interface ConfiguredRule extends Rule {
  settingValues?: Readonly<Record<string, SettingValue>>;
}

/** The settings a rule runs with: those it was configured with, or its defaults. */
export function settingsInForce(rule: Rule): SettingValues {
  return (rule as ConfiguredRule).settingValues ?? settingValuesOf(rule);
}

export function configureRule(rule: Rule, given?: Readonly<Record<string, SettingValue>>): ConfiguredRule {
  if (rule.settings === undefined) return rule;
  const values = settingValuesOf(rule, given);
  return {
    ...rule,
    ...textsWithSettingValues(writtenTextsOf(rule), values),
    settingValues: values,
  };
}

/**
 * The selected rules bound to their settings, and those that cannot run for
 * a missing setting, as not evaluated. `required` follows the selection: a
 * rule named with `--rules` that cannot run makes the evidence incomplete.
 */
export function configureRules(
  rules: readonly Rule[],
  given: GivenSettings,
  isRequired: (rule: Rule) => boolean,
): { rules: ConfiguredRule[]; notEvaluated: NotEvaluatedRule[] } {
  const configured = rules.map((rule) => configureRule(rule, given.get(rule.id)));
  const notEvaluated = configured.flatMap((rule): NotEvaluatedRule[] => {
    const missing = missingSettings(rule, rule.settingValues ?? {});
    if (missing.length === 0) return [];
    return [
      {
        ruleId: rule.id,
        title: rule.title,
        severity: rule.severity,
        criteria: rule.criteria,
        family: rule.family,
        reason: missingSettingsReason(missing),
        needsSettings: missing,
        required: isRequired(rule),
      },
    ];
  });
  return { rules: configured, notEvaluated };
}
