/**
 * The settings file (`--settings FILE`), YAML or JSON: values a team sets for
 * rules that declare settings (`soc2 rules --format json` lists them).
 *
 *   rules:
 *     iam-access-keys-rotated:
 *       maxKeyAgeDays: 180
 *     internet-gateway-authorized-vpcs:
 *       authorizedVpcIds: [vpc-0a1b2c3d4e5f60718, NetworkStack/Vpc]
 *
 * Every mistake is an InputError naming the file, the rule and the setting: a
 * threshold that silently does not apply would change verdicts unseen.
 */
import { InputError } from '../errors.js';
import { isRecord, readDocumentFile } from './document-file.js';
import type { GivenSettings, SettingValue } from './rule-settings.js';
import type { RuleMeta, RuleSetting } from './rule.js';

/** A VPC id, or a template VPC by logical id, optionally after its stack's name (`Stack/Vpc`). */
const VPC_ID = /^vpc-[0-9a-f]{8}(?:[0-9a-f]{9})?$/;
const TEMPLATE_VPC = /^(?:[A-Za-z][A-Za-z0-9-]*\/)*[A-Za-z0-9]+$/;

function settingValue(where: string, setting: RuleSetting, value: unknown): SettingValue {
  if (setting.kind === 'days') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < setting.min || value > setting.max)
      throw new InputError(
        `${where}: expected a whole number of days from ${setting.min} to ${setting.max}, got ${JSON.stringify(value)}`,
      );
    return value;
  }
  const ids = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(ids) || ids.length === 0)
    throw new InputError(`${where}: expected a list of VPC ids (vpc-...) or template VPC logical ids`);
  for (const id of ids) {
    if (typeof id !== 'string' || (!VPC_ID.test(id) && !TEMPLATE_VPC.test(id)))
      throw new InputError(
        `${where}: ${JSON.stringify(id)} is neither a VPC id (vpc- and 8 or 17 hex digits) nor a template VPC logical id`,
      );
  }
  return [...new Set(ids as string[])];
}

/** `path` is read relative to `cwd` (default: the process's) and reported as given. */
export async function loadSettingsFile(
  path: string,
  catalogue: readonly RuleMeta[],
  cwd?: string,
  /** What to add to an unknown rule id or setting name: the CLI's did-you-mean. */
  suggest: (name: string, choices: readonly string[]) => string = () => '',
): Promise<GivenSettings> {
  const label = `settings file ${path}`;
  const document = await readDocumentFile(label, path, cwd);
  if (document === undefined)
    throw new InputError(`${label}: file is empty; expected "rules:" with settings`);
  if (!isRecord(document)) throw new InputError(`${label}: expected a mapping with a top-level "rules" key`);
  for (const key of Object.keys(document)) {
    if (key !== 'rules') throw new InputError(`${label}: unknown top-level key "${key}" (allowed: rules)`);
  }
  const rules = document.rules ?? {};
  if (!isRecord(rules)) throw new InputError(`${label}: "rules" must map rule ids to their settings`);
  const configurable = catalogue.filter((rule) => rule.settings !== undefined);
  const given = new Map<string, Record<string, SettingValue>>();
  for (const [ruleId, entries] of Object.entries(rules)) {
    const rule = catalogue.find((candidate) => candidate.id === ruleId);
    const ids = configurable.map((candidate) => candidate.id);
    if (rule === undefined)
      throw new InputError(`${label}: unknown rule id "${ruleId}"${suggest(ruleId, ids)}`);
    const declared = rule.settings;
    if (declared === undefined)
      throw new InputError(
        `${label}: rule ${ruleId} has no settings (rules with settings: ${ids.join(', ')})`,
      );
    if (!isRecord(entries))
      throw new InputError(`${label}: rules.${ruleId} must map setting names to values`);
    const values: Record<string, SettingValue> = {};
    for (const [name, value] of Object.entries(entries)) {
      const setting = declared[name];
      const names = Object.keys(declared);
      if (setting === undefined)
        throw new InputError(
          `${label}: rule ${ruleId} has no setting "${name}"${suggest(name, names)} (its settings: ${names.join(', ')})`,
        );
      values[name] = settingValue(`${label}: rules.${ruleId}.${name}`, setting, value);
    }
    given.set(ruleId, values);
  }
  return given;
}
