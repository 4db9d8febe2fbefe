/**
 * What a rule is: metadata beside a pure function of one resource and the
 * inventory. No I/O. `defineRule` is the only way rules are declared.
 */
import type { Inventory } from '../inventory/inventory.js';
import type { Unknown } from '../inventory/maybe.js';
import type { ResourceOf, ResourceType } from '../inventory/model.js';

/**
 * SOC 2 Trust Services Criteria (2017, revised points of focus 2022): every
 * criterion a rule may name, so a custom rule's typo is caught at load.
 */
export const SOC2_CRITERIA = [
  ...['CC1.1', 'CC1.2', 'CC1.3', 'CC1.4', 'CC1.5'],
  ...['CC2.1', 'CC2.2', 'CC2.3'],
  ...['CC3.1', 'CC3.2', 'CC3.3', 'CC3.4'],
  ...['CC4.1', 'CC4.2'],
  ...['CC5.1', 'CC5.2', 'CC5.3'],
  ...['CC6.1', 'CC6.2', 'CC6.3', 'CC6.4', 'CC6.5', 'CC6.6', 'CC6.7', 'CC6.8'],
  ...['CC7.1', 'CC7.2', 'CC7.3', 'CC7.4', 'CC7.5'],
  'CC8.1',
  ...['CC9.1', 'CC9.2'],
  ...['A1.1', 'A1.2', 'A1.3'],
  ...['C1.1', 'C1.2'],
  ...['PI1.1', 'PI1.2', 'PI1.3', 'PI1.4', 'PI1.5'],
  ...['P1.1', 'P2.1', 'P3.1', 'P3.2', 'P4.1', 'P4.2', 'P4.3', 'P5.1', 'P5.2'],
  ...['P6.1', 'P6.2', 'P6.3', 'P6.4', 'P6.5', 'P6.6', 'P6.7', 'P7.1', 'P8.1'],
] as const;

export type Soc2Criterion = (typeof SOC2_CRITERIA)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Families of controls, as the SOC 2 check list groups them: `soc2 rules
 * --family` and `scan --family` filter on them.
 */
export const RULE_FAMILIES = [
  'encryption',
  'tls',
  'network',
  'waf',
  'logging',
  'identity',
  'availability',
  'configuration',
] as const;

export type RuleFamily = (typeof RULE_FAMILIES)[number];

export const FAMILY_TITLES: Record<RuleFamily, string> = {
  encryption: 'Encryption at rest',
  tls: 'Encryption in transit / TLS',
  network: 'Network boundaries and public exposure',
  waf: 'Web application firewall',
  logging: 'Logging and monitoring',
  identity: 'Identity and access',
  availability: 'Availability and backup',
  configuration: 'Configuration and patching',
};

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };

/** Facts a verdict rests on, shown to auditors and kept in findings.json. */
export type Evidence = Record<string, JsonValue | undefined>;

export type OutcomeStatus = 'PASS' | 'FAIL' | 'UNKNOWN' | 'NOT_APPLICABLE';

export interface Outcome {
  status: OutcomeStatus;
  message: string;
  evidence?: Evidence;
}

export const pass = (message: string, evidence?: Evidence): Outcome => ({
  status: 'PASS',
  message,
  evidence,
});
export const fail = (message: string, evidence?: Evidence): Outcome => ({
  status: 'FAIL',
  message,
  evidence,
});
export const notApplicable = (message: string, evidence?: Evidence): Outcome => ({
  status: 'NOT_APPLICABLE',
  message,
  evidence,
});
/**
 * Evidence key of a NOT_APPLICABLE that defers to another rule failing the
 * same root cause (an unencrypted store: storage-encrypted fails it, so
 * storage-encrypted-with-cmk does not fail it a second time). When that rule
 * is not run (`--rules`), the engine turns the finding back into a FAIL.
 */
export const ROOT_CAUSE_RULE = 'rootCauseRule';

/** Could not tell; `reason` says why (an Unknown's reason, usually). */
export const undetermined = (reason: string | Unknown, evidence?: Evidence): Outcome => ({
  status: 'UNKNOWN',
  message: typeof reason === 'string' ? reason : reason.reason,
  evidence,
});

export interface Remediation {
  /** One or two sentences: what to change. */
  summary: string;
  cloudformation?: string;
  cdk?: string;
  cli?: string;
}

/**
 * The same control's ids in other scanners (their suppressions are honoured)
 * and in the SOC 2 mappings an auditor compares with.
 */
export interface Equivalents {
  checkov?: string[];
  cfnNag?: string[];
  guard?: string[];
  cdkNag?: string[];
  prowler?: string[];
  /** Steampipe `soc_2` benchmark control names. */
  steampipe?: string[];
  /** AWS Foundational Security Best Practices control ids (`S3.5`). */
  fsbp?: string[];
}

export type RuleSource = 'template' | 'live';

/**
 * A value a team sets for a rule (`scan --settings FILE`): its policy's
 * thresholds, or facts only the team knows (which VPCs may have an internet
 * gateway). `{name}` in a rule's title, rationale or remediation reads the value in force.
 */
export type RuleSetting =
  | { kind: 'days'; describe: string; default: number; min: number; max: number }
  /** No default: without a value the rule is not evaluated, and says which setting it needs. */
  | { kind: 'vpc-ids'; describe: string };

export type RuleSettings = Readonly<Record<string, RuleSetting>>;

export const SETTING_KINDS = ['days', 'vpc-ids'] as const;

const SETTING_FIELDS: Record<RuleSetting['kind'], readonly string[]> = {
  days: ['kind', 'describe', 'default', 'min', 'max'],
  'vpc-ids': ['kind', 'describe'],
};

/** A setting's name is read as `{name}` in texts and written as a key in settings files. */
const SETTING_NAME = /^[a-z][A-Za-z0-9]*$/;

/**
 * What is wrong with a rule's `settings` declaration, in one line, or
 * undefined: the one check of bundled rules (`defineRule`) and a team's own
 * (src/engine/custom-rules.ts). A range the settings file could not honour,
 * or a default outside it, would judge verdicts on a value nobody chose.
 */
export function settingsDeclarationProblem(settings: unknown): string | undefined {
  const isMap = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isMap(settings) || Object.keys(settings).length === 0)
    return '"settings" must map setting names to declarations {kind, describe, ...}';
  const seen = new Map<string, string>();
  for (const [name, setting] of Object.entries(settings)) {
    if (!SETTING_NAME.test(name))
      return `setting name "${name}" must be camelCase letters and digits (it is read as {${name}} in texts)`;
    const twin = seen.get(name.toLowerCase());
    if (twin !== undefined)
      return `settings "${twin}" and "${name}" differ only in case; a settings file could not tell them apart`;
    seen.set(name.toLowerCase(), name);
    const at = `settings.${name}`;
    if (!isMap(setting)) return `${at} must be a map {kind, describe, ...}`;
    const kind = setting.kind;
    if (kind === undefined) return `${at} needs a "kind": ${SETTING_KINDS.join(' or ')}`;
    if (typeof kind !== 'string' || !(SETTING_KINDS as readonly string[]).includes(kind))
      return `${at}.kind ${JSON.stringify(kind)} is not one of ${SETTING_KINDS.join(', ')}`;
    const fields = SETTING_FIELDS[kind as RuleSetting['kind']];
    for (const field of Object.keys(setting)) {
      if (kind === 'vpc-ids' && field === 'default')
        return `${at}: a vpc-ids setting has no default (without a settings file's value its rule is not evaluated)`;
      if (!fields.includes(field))
        return `unknown field "${field}" in ${at} (a ${kind} setting has ${fields.join(', ')})`;
    }
    if (typeof setting.describe !== 'string' || setting.describe.trim() === '')
      return `${at}.describe must be a non-empty string: what the value means, for soc2 rules and the docs`;
    if (kind === 'days') {
      for (const field of ['min', 'max', 'default']) {
        const value = setting[field];
        if (value === undefined) return `${at} needs "${field}" (a days setting has a default and a range)`;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
          return `${at}.${field} must be a whole number of days, got ${JSON.stringify(value)}`;
      }
      const { min, max, default: fallback } = setting as { min: number; max: number; default: number };
      if (min > max) return `${at}: min ${min} is greater than max ${max}`;
      if (fallback < min || fallback > max)
        return `${at}.default ${fallback} is outside its range ${min} to ${max}`;
    }
  }
  return undefined;
}

type SettingValue<S extends RuleSetting> = S extends { kind: 'days' } ? number : readonly string[];

/** The values a rule is evaluated with: every setting has one (a rule lacking a `vpc-ids` value does not run). */
export type SettingValues<S extends RuleSettings = RuleSettings> = {
  readonly [Name in keyof S]: SettingValue<S[Name]>;
};

export interface RuleMeta<T extends ResourceType = ResourceType> {
  /** Stable public id, kebab-case. */
  id: string;
  title: string;
  severity: Severity;
  criteria: Soc2Criterion[];
  family: RuleFamily;
  /** Resource types the rule is evaluated on, one finding each. */
  appliesTo: readonly T[];
  /** Other types it reads through relations; their gaps make it UNKNOWN. */
  reads?: readonly ResourceType[];
  rationale: string;
  remediation: Remediation;
  equivalents?: Equivalents;
  /** Sources it makes sense on. Default: both. */
  sources?: readonly RuleSource[];
  /**
   * In an account scan, an empty population is itself a failure (no trail at
   * all fails `cloudtrail-multi-region`). Templates may legitimately omit it.
   */
  requiredInAccount?: boolean;
  /** Like `requiredInAccount`, but in every region the account scan covered (Config recorders are regional). */
  requiredInEveryRegion?: boolean;
  /** What a team may set for this rule; see `RuleSetting`. */
  settings?: RuleSettings;
}

export interface Rule<
  T extends ResourceType = ResourceType,
  S extends RuleSettings = RuleSettings,
> extends RuleMeta<T> {
  settings?: S;
  evaluate(resource: ResourceOf<T>, inventory: Inventory, settings: SettingValues<S>): Outcome;
}

/**
 * Rule ids are kebab-case ASCII (`a-z`, `0-9`, `-`): code-unit order is their
 * alphabetical order, without the ~14 ms `localeCompare` spends loading ICU's
 * collator on its first call in a process.
 */
export function compareRuleIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A rule's texts as written, `{name}` placeholders and all. */
export interface RuleTexts {
  title: string;
  rationale: string;
  remediation: Remediation;
}

/**
 * Where `defineRule` keeps the texts as written. A registered symbol, not a
 * module's own WeakMap: a team's rule calls the package's `defineRule`, a
 * copy of this module other than the CLI's, and the CLI still reads its
 * settings into the texts as written. Not enumerable, so a copy of the rule
 * (`{...rule}`) does not carry texts its own fields may no longer match.
 */
const WRITTEN_TEXTS = Symbol.for('soc2-evidence.writtenTexts');

/** `{name}` in a rule's text, read with the value in force; a name without a value stays as written. */
export function withSettingValues(
  text: string,
  values: Readonly<Record<string, number | readonly string[]>>,
): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : Array.isArray(value) ? value.join(', ') : String(value);
  });
}

/** The texts to read settings into: as written, before `defineRule` read the defaults into them. */
export function writtenTextsOf(rule: RuleMeta): RuleTexts {
  return (
    (rule as { [WRITTEN_TEXTS]?: RuleTexts })[WRITTEN_TEXTS] ?? {
      title: rule.title,
      rationale: rule.rationale,
      remediation: rule.remediation,
    }
  );
}

/** The texts with `values` read into them. */
export function textsWithSettingValues(
  texts: RuleTexts,
  values: Readonly<Record<string, number | readonly string[]>>,
): RuleTexts {
  const remediation: Remediation = { summary: withSettingValues(texts.remediation.summary, values) };
  for (const field of ['cloudformation', 'cdk', 'cli'] as const) {
    const text = texts.remediation[field];
    if (text !== undefined) remediation[field] = withSettingValues(text, values);
  }
  return {
    title: withSettingValues(texts.title, values),
    rationale: withSettingValues(texts.rationale, values),
    remediation,
  };
}

/**
 * A rule with settings reads its defaults into its title and rationale (`soc2 rules`, docs).
 * An invalid settings declaration throws (`settingsDeclarationProblem`).
 */
export function defineRule<T extends ResourceType, S extends RuleSettings = RuleSettings>(
  rule: Rule<T, S>,
): Rule<T, S> {
  if (rule.settings === undefined) return rule;
  const problem = settingsDeclarationProblem(rule.settings);
  if (problem !== undefined) throw new Error(`rule ${rule.id}: ${problem}`);
  const defaults: Record<string, number> = {};
  for (const [name, setting] of Object.entries(rule.settings))
    if (setting.kind === 'days') defaults[name] = setting.default;
  const written = { title: rule.title, rationale: rule.rationale, remediation: rule.remediation };
  const defined = { ...rule, ...textsWithSettingValues(written, defaults) };
  Object.defineProperty(defined, WRITTEN_TEXTS, { value: written });
  return defined;
}
