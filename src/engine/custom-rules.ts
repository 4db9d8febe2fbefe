/**
 * A team's own rules (`--rules-dir DIR`): JavaScript ES modules that
 * `export default defineRule({...})`, and YAML property checks on normalized
 * resources (docs: examples/custom-rules/README.md). Everything is checked at
 * load, so a typo is one clear line and exit 2, never a rule that silently
 * never matches.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { closest, distance } from 'fastest-levenshtein';
import { load as parseYaml } from 'js-yaml';
import { InputError } from '../errors.js';
import { isUnknown } from '../inventory/maybe.js';
import { RESOURCE_TYPES, type Resource } from '../inventory/model.js';
import {
  defineRule,
  fail,
  pass,
  RULE_FAMILIES,
  settingsDeclarationProblem,
  SEVERITIES,
  SOC2_CRITERIA,
  undetermined,
  writtenTextsOf,
  type JsonValue,
  type Outcome,
  type Rule,
  type RuleMeta,
  type RuleSettings,
} from './rule.js';

/**
 * The bundled CLI runs as a compiled script, which has no `import()` of its own:
 * bin/load-bundle.js passes one in. Run from the sources, Node's own.
 */
declare const soc2ImportModule: ((specifier: string) => Promise<unknown>) | undefined;
const importModule = (specifier: string): Promise<unknown> =>
  typeof soc2ImportModule === 'function' ? soc2ImportModule(specifier) : import(specifier);

const MODULE_EXTENSIONS = new Set(['.js', '.mjs']);
const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);
const TYPESCRIPT_EXTENSIONS = new Set(['.ts', '.mts', '.cts']);

const META_FIELDS = [
  'id',
  'title',
  'severity',
  'criteria',
  'family',
  'appliesTo',
  'reads',
  'rationale',
  'remediation',
  'equivalents',
  'sources',
  'requiredInAccount',
  'requiredInEveryRegion',
] as const;
/** Settings are for modules: a YAML check has no operator that reads one (see yamlRule). */
const MODULE_FIELDS = [...META_FIELDS, 'settings', 'evaluate'];
const YAML_FIELDS = [...META_FIELDS, 'where'];
const REMEDIATION_FIELDS = ['summary', 'cloudformation', 'cdk', 'cli'];
const EQUIVALENT_FIELDS = ['checkov', 'cfnNag', 'guard', 'cdkNag', 'prowler', 'steampipe', 'fsbp'];
const CONDITION_FIELDS = ['path', 'equals', 'in', 'exists'];
const OPERATORS = ['equals', 'in', 'exists'];

/** A custom rule, the file it came from and that file's hash (findings.json `rules[].custom`, `sourceSha256`). */
export type CustomRule = Rule & { custom: string; sourceSha256: string };

class RuleProblem extends Error {}

function nearest(typed: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  const best = closest(typed, [...candidates]);
  const limit = Math.max(2, Math.ceil(Math.max(typed.length, best.length) / 3));
  return distance(typed, best) <= limit ? `; did you mean "${best}"?` : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkFields(value: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key))
      throw new RuleProblem(`unknown field "${key}"${where}${nearest(key, allowed)}`);
  }
}

function text(value: Record<string, unknown>, field: string): string {
  const found = value[field];
  if (found === undefined) throw new RuleProblem(`missing field "${field}"`);
  if (typeof found !== 'string' || found.trim() === '')
    throw new RuleProblem(`"${field}" must be a non-empty string`);
  return found;
}

function oneOf<T extends string>(value: unknown, field: string, choices: readonly T[]): T {
  if (value === undefined) throw new RuleProblem(`missing field "${field}"`);
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value))
    throw new RuleProblem(
      `${field} "${String(value)}" is not one of ${choices.join(', ')}${typeof value === 'string' ? nearest(value, choices) : ''}`,
    );
  return value as T;
}

function listOf<T extends string>(
  value: unknown,
  field: string,
  choices: readonly T[],
  what: string,
  required: boolean,
): T[] | undefined {
  if (value === undefined && !required) return undefined;
  if (value === undefined) throw new RuleProblem(`missing field "${field}"`);
  if (!Array.isArray(value) || value.length === 0)
    throw new RuleProblem(`"${field}" must be a non-empty list`);
  for (const item of value) {
    if (typeof item !== 'string' || !(choices as readonly string[]).includes(item))
      throw new RuleProblem(
        `unknown ${what} "${String(item)}" in ${field}${typeof item === 'string' ? nearest(item, choices) : ''}`,
      );
  }
  return value as T[];
}

function checkedMeta(value: Record<string, unknown>): RuleMeta {
  const id = text(value, 'id');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new RuleProblem(`id "${id}" must be kebab-case`);
  const remediation = value.remediation;
  if (remediation === undefined) throw new RuleProblem('missing field "remediation"');
  if (!isRecord(remediation)) throw new RuleProblem('"remediation" must be a map with a "summary"');
  checkFields(remediation, REMEDIATION_FIELDS, ' in remediation');
  text(remediation, 'summary');
  for (const field of REMEDIATION_FIELDS.slice(1)) {
    if (remediation[field] !== undefined) text(remediation, field);
  }
  const equivalents = value.equivalents;
  if (equivalents !== undefined) {
    if (!isRecord(equivalents)) throw new RuleProblem('"equivalents" must be a map of id lists');
    checkFields(equivalents, EQUIVALENT_FIELDS, ' in equivalents');
    for (const [tool, ids] of Object.entries(equivalents)) {
      if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string'))
        throw new RuleProblem(`equivalents.${tool} must be a list of ids`);
    }
  }
  for (const flag of ['requiredInAccount', 'requiredInEveryRegion']) {
    if (value[flag] !== undefined && typeof value[flag] !== 'boolean')
      throw new RuleProblem(`"${flag}" must be true or false`);
  }
  return {
    id,
    title: text(value, 'title'),
    severity: oneOf(value.severity, 'severity', SEVERITIES),
    criteria: listOf(value.criteria, 'criteria', SOC2_CRITERIA, 'SOC 2 criterion', true)!,
    family: oneOf(value.family, 'family', RULE_FAMILIES),
    appliesTo: listOf(value.appliesTo, 'appliesTo', RESOURCE_TYPES, 'resource type', true)!,
    reads: listOf(value.reads, 'reads', RESOURCE_TYPES, 'resource type', false),
    rationale: text(value, 'rationale'),
    remediation: remediation as unknown as RuleMeta['remediation'],
    equivalents: equivalents as RuleMeta['equivalents'],
    sources: listOf(value.sources, 'sources', ['template', 'live'] as const, 'source', false),
    requiredInAccount: value.requiredInAccount as boolean | undefined,
    requiredInEveryRegion: value.requiredInEveryRegion as boolean | undefined,
  };
}

function moduleRule(exported: unknown): Rule {
  if (!isRecord(exported))
    throw new RuleProblem('the module has no default export: write `export default defineRule({...})`');
  checkFields(exported, MODULE_FIELDS, '');
  // `defineRule` read the settings' defaults into the texts; a scan reads its own values into them as written.
  const meta = checkedMeta({ ...exported, ...writtenTextsOf(exported as unknown as RuleMeta) });
  const settings = exported.settings;
  if (settings !== undefined) {
    const problem = settingsDeclarationProblem(settings);
    if (problem !== undefined) throw new RuleProblem(problem);
  }
  if (typeof exported.evaluate !== 'function')
    throw new RuleProblem('"evaluate" must be a function (resource, inventory, settings) => outcome');
  const evaluate = exported.evaluate as Rule['evaluate'];
  return {
    ...meta,
    ...(settings !== undefined ? { settings: settings as RuleSettings } : {}),
    evaluate: (resource, inventory, values) => checkedOutcome(evaluate(resource, inventory, values)),
  };
}

/** A module's evaluate is the team's code: a malformed outcome is a rule error (UNKNOWN), never a PASS. */
function checkedOutcome(outcome: unknown): Outcome {
  const statuses = ['PASS', 'FAIL', 'UNKNOWN', 'NOT_APPLICABLE'];
  if (
    !isRecord(outcome) ||
    !statuses.includes(outcome.status as string) ||
    typeof outcome.message !== 'string'
  )
    throw new Error(
      'evaluate returned no outcome: return pass(...), fail(...), notApplicable(...) or undetermined(...)',
    );
  return outcome as unknown as Outcome;
}

// ---- YAML property checks -------------------------------------------------

interface Condition {
  path: string;
  operator: 'equals' | 'in' | 'exists';
  expected: unknown;
}

function checkedConditions(where: unknown): Condition[] {
  if (where === undefined) throw new RuleProblem('missing field "where"');
  const list = Array.isArray(where) ? where : [where];
  if (list.length === 0) throw new RuleProblem('"where" must name at least one condition');
  return list.map((entry, index) => {
    const at = list.length > 1 ? ` (where[${index}])` : '';
    if (!isRecord(entry)) throw new RuleProblem(`a condition must be a map {path, equals|in|exists}${at}`);
    checkFields(entry, CONDITION_FIELDS, ` in where${at}`);
    if (typeof entry.path !== 'string' || entry.path.trim() === '')
      throw new RuleProblem(`a condition needs a "path" such as encryption.state${at}`);
    const operators = OPERATORS.filter((operator) => entry[operator] !== undefined);
    if (operators.length !== 1)
      throw new RuleProblem(`a condition needs exactly one of equals, in, exists${at}`);
    const operator = operators[0] as Condition['operator'];
    if (operator === 'in' && !Array.isArray(entry.in)) throw new RuleProblem(`"in" must be a list${at}`);
    if (operator === 'exists' && typeof entry.exists !== 'boolean')
      throw new RuleProblem(`"exists" must be true or false${at}`);
    return { path: entry.path, operator, expected: entry[operator] };
  });
}

/** The value at a dotted path; an Unknown met on the way is returned as is. */
function valueAt(resource: Resource, path: string): unknown {
  let value: unknown = resource;
  for (const step of path.split('.')) {
    if (isUnknown(value) || value === undefined || value === null) return value;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function shown(value: unknown): string {
  return value === undefined ? 'not set' : JSON.stringify(value);
}

function holds(condition: Condition, value: unknown): boolean {
  if (condition.operator === 'exists') return (value !== undefined && value !== null) === condition.expected;
  if (condition.operator === 'equals') return sameValue(value, condition.expected);
  return (condition.expected as unknown[]).some((allowed) => sameValue(value, allowed));
}

function expectation(condition: Condition): string {
  if (condition.operator === 'exists') return condition.expected ? 'set' : 'not set';
  if (condition.operator === 'equals') return JSON.stringify(condition.expected);
  return `one of ${JSON.stringify(condition.expected)}`;
}

function propertyCheck(conditions: Condition[]): Rule['evaluate'] {
  return (resource) => {
    const evidence: Record<string, JsonValue | undefined> = {};
    for (const condition of conditions) {
      const value = valueAt(resource, condition.path);
      if (isUnknown(value)) return undetermined(`${condition.path} is unknown: ${value.reason}`);
      evidence[condition.path] =
        value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue);
      if (!holds(condition, value))
        return fail(`${condition.path} is ${shown(value)}, expected ${expectation(condition)}`, evidence);
    }
    return pass(
      conditions.map((condition) => `${condition.path} is ${expectation(condition)}`).join('; '),
      evidence,
    );
  };
}

function yamlRule(document: unknown): Rule {
  if (!isRecord(document)) throw new RuleProblem('a YAML rule is a map of fields (id, title, ..., where)');
  // A setting would need conditions that read it (a days threshold needs an at-most/at-least operator).
  if (document.settings !== undefined)
    throw new RuleProblem(
      '"settings" are for ES module rules: no YAML condition reads a setting; write the rule as a .js module',
    );
  checkFields(document, YAML_FIELDS, '');
  const meta = checkedMeta(document);
  return { ...meta, evaluate: propertyCheck(checkedConditions(document.where)) };
}

// ---- loading ----------------------------------------------------------------

async function ruleFiles(dir: string, shownDir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined) throw new InputError(`--rules-dir ${shownDir}: no such folder`);
  if (!info.isDirectory()) throw new InputError(`--rules-dir ${shownDir}: not a folder`);
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .filter((name) => {
      const extension = extname(name);
      return (
        MODULE_EXTENSIONS.has(extension) ||
        YAML_EXTENSIONS.has(extension) ||
        TYPESCRIPT_EXTENSIONS.has(extension)
      );
    })
    .sort()
    .map((name) => join(dir, name));
}

async function loadFile(file: string): Promise<Rule> {
  const extension = extname(file);
  if (TYPESCRIPT_EXTENSIONS.has(extension))
    throw new RuleProblem('TypeScript is not loaded: compile it to an ES module (.js) first');
  if (YAML_EXTENSIONS.has(extension)) {
    let document: unknown;
    try {
      document = parseYaml(await readFile(file, 'utf8'));
    } catch (error) {
      throw new RuleProblem(`not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
    return yamlRule(document);
  }
  let module: { default?: unknown };
  try {
    module = (await importModule(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new RuleProblem(`could not be loaded: ${(error as Error).message.split('\n')[0]}`);
  }
  return moduleRule(module.default);
}

function foreignIds(rule: RuleMeta): string[] {
  return Object.entries(rule.equivalents ?? {}).flatMap(([tool, ids]) =>
    (ids ?? []).map((id: string) => `${tool}:${id}`),
  );
}

/**
 * Loads every .js/.mjs/.yaml/.yml rule of the folders. Every invalid file is
 * named (one line, `;` between files), then the scan stops with exit 2.
 */
export async function loadCustomRules(
  dirs: readonly string[],
  builtIns: readonly RuleMeta[],
  cwd: string,
): Promise<CustomRule[]> {
  const rules: CustomRule[] = [];
  const problems: string[] = [];
  const owners = new Map(builtIns.map((rule) => [rule.id, 'a built-in rule']));
  const foreignOwners = new Map(
    builtIns.flatMap((rule) => foreignIds(rule).map((key) => [key, `rule ${rule.id}`] as const)),
  );
  for (const dir of dirs) {
    const absolute = resolve(cwd, dir);
    for (const file of await ruleFiles(absolute, dir)) {
      const named = relative(cwd, file) || file;
      try {
        const rule = await loadFile(file);
        const owner = owners.get(rule.id);
        if (owner !== undefined)
          throw new RuleProblem(`id "${rule.id}" is already ${owner}; choose another id`);
        // Another scanner's id names one rule, so its suppression has one meaning.
        for (const key of foreignIds(rule)) {
          const holder = foreignOwners.get(key);
          if (holder !== undefined)
            throw new RuleProblem(`equivalent ${key} already belongs to ${holder}; an id maps to one rule`);
        }
        owners.set(rule.id, `defined in ${named}`);
        for (const key of foreignIds(rule)) foreignOwners.set(key, `rule ${rule.id} (${named})`);
        const sourceSha256 = createHash('sha256')
          .update(await readFile(file))
          .digest('hex');
        // Defined last, on the rule as it is kept: its settings' defaults read into its texts as written.
        const custom: CustomRule = { ...rule, custom: named, sourceSha256 };
        rules.push(defineRule(custom) as CustomRule);
      } catch (error) {
        if (!(error instanceof RuleProblem)) throw error;
        problems.push(`${named}: ${error.message}`);
      }
    }
  }
  if (problems.length > 0) throw new InputError(`invalid custom rule: ${problems.join('; ')}`);
  return rules;
}
