/** AWS Backup plans, vaults and selections (which resources a plan backs up). */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type {
  BackupPlan,
  BackupSelection,
  BackupTagCondition,
  BackupVault,
  VaultEncryption,
} from '../../../inventory/model.js';
import { isValueObject } from '../values.js';
import {
  baseOf,
  linkFact,
  linkListFact,
  numberFact,
  stringFact,
  valueAt,
  type TemplateResource,
} from './context.js';
import { templatePolicy } from './policy-document.js';

export function backupPlan(resource: TemplateResource): BackupPlan {
  const base = baseOf(resource);
  return {
    type: 'backup-plan',
    ...base,
    name: base.name ?? stringOr(stringFact(resource, 'BackupPlan.BackupPlanName')),
    ruleRetentionDays: ruleRetention(resource),
  };
}

function stringOr(value: Maybe<string | undefined>): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A rule without Lifecycle.DeleteAfterDays keeps its recovery points until they are deleted (AWS Backup's "never expire"). */
function ruleRetention(resource: TemplateResource): Maybe<(number | undefined)[]> {
  const rules = valueAt(resource, 'BackupPlan.BackupPlanRule');
  if (rules instanceof Unknown)
    return unknown(`${resource.logicalId}.BackupPlan.BackupPlanRule: ${rules.reason}`);
  if (!Array.isArray(rules)) return unknown(`${resource.logicalId}.BackupPlan.BackupPlanRule is not a list`);
  const days: (number | undefined)[] = [];
  for (const index of rules.keys()) {
    const value = numberFact(resource, `BackupPlan.BackupPlanRule.${index}.Lifecycle.DeleteAfterDays`);
    if (value instanceof Unknown) return value;
    days.push(value);
  }
  return days;
}

/** Without EncryptionKeyArn, AWS Backup encrypts the vault with its AWS-managed key aws/backup (CreateBackupVault, EncryptionKeyArn). */
function vaultEncryption(resource: TemplateResource): Maybe<VaultEncryption> {
  const key = linkFact(resource, 'EncryptionKeyArn');
  if (key instanceof Unknown) return key;
  return key === undefined ? { state: 'aws-managed' } : { state: 'kms', keyId: key };
}

export function backupVault(resource: TemplateResource): BackupVault {
  const lock = valueAt(resource, 'LockConfiguration');
  const policy = templatePolicy(resource, 'AccessPolicy');
  return {
    type: 'backup-vault',
    ...baseOf(resource, 'BackupVaultName'),
    encryption: vaultEncryption(resource),
    locked:
      lock instanceof Unknown
        ? unknown(`${resource.logicalId}.LockConfiguration: ${lock.reason}`)
        : lock !== undefined && lock !== null,
    accessPolicy: policy === undefined ? [] : policy,
  };
}

const CONDITION_OPERATORS: Record<string, BackupTagCondition['operator']> = {
  StringEquals: 'equals',
  StringNotEquals: 'not-equals',
  StringLike: 'like',
  StringNotLike: 'not-like',
};

function tagConditions(
  resource: TemplateResource,
  entries: { path: string; operator: BackupTagCondition['operator'] }[],
): Maybe<BackupTagCondition[]> {
  const conditions: BackupTagCondition[] = [];
  for (const { path, operator } of entries) {
    const key = stringFact(resource, `${path}.ConditionKey`);
    const value = stringFact(resource, `${path}.ConditionValue`);
    if (key instanceof Unknown) return key;
    if (value instanceof Unknown) return value;
    if (key === undefined || value === undefined)
      return unknown(`${resource.logicalId}.${path}: incomplete tag condition`);
    // Conditions name tags `aws:ResourceTag/<key>`; ListOfTags names them bare.
    conditions.push({ operator, key: key.replace(/^aws:ResourceTag\//, ''), value });
  }
  return conditions;
}

function listOfTags(resource: TemplateResource): Maybe<BackupTagCondition[]> {
  const path = 'BackupSelection.ListOfTags';
  const list = valueAt(resource, path);
  if (list === undefined || list === null) return [];
  if (list instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${list.reason}`);
  if (!Array.isArray(list)) return unknown(`${resource.logicalId}.${path} is not a list`);
  const entries: { path: string; operator: BackupTagCondition['operator'] }[] = [];
  for (const index of list.keys()) {
    const type = stringFact(resource, `${path}.${index}.ConditionType`);
    if (type instanceof Unknown) return type;
    if (type !== 'STRINGEQUALS')
      return unknown(`${resource.logicalId}.${path}.${index}: condition type ${type ?? '(none)'}`);
    entries.push({ path: `${path}.${index}`, operator: 'equals' });
  }
  return tagConditions(resource, entries);
}

function conditions(resource: TemplateResource): Maybe<BackupTagCondition[]> {
  const path = 'BackupSelection.Conditions';
  const value = valueAt(resource, path);
  if (value === undefined || value === null) return [];
  if (value instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${value.reason}`);
  if (!isValueObject(value)) return unknown(`${resource.logicalId}.${path} is not a mapping`);
  const entries: { path: string; operator: BackupTagCondition['operator'] }[] = [];
  for (const [name, list] of Object.entries(value)) {
    const operator = CONDITION_OPERATORS[name];
    if (!operator) return unknown(`${resource.logicalId}.${path}.${name} is not a condition this tool reads`);
    if (list instanceof Unknown) return unknown(`${resource.logicalId}.${path}.${name}: ${list.reason}`);
    if (!Array.isArray(list)) return unknown(`${resource.logicalId}.${path}.${name} is not a list`);
    for (const index of list.keys()) entries.push({ path: `${path}.${name}.${index}`, operator });
  }
  return tagConditions(resource, entries);
}

export function backupSelection(resource: TemplateResource): BackupSelection {
  const resources = linkListFact(resource, 'BackupSelection.Resources');
  const notResources = linkListFact(resource, 'BackupSelection.NotResources');
  return {
    type: 'backup-selection',
    ...baseOf(resource),
    name: stringOr(stringFact(resource, 'BackupSelection.SelectionName')),
    planId: linkFact(resource, 'BackupPlanId'),
    resources: resources ?? [],
    notResources: notResources ?? [],
    anyOfTags: listOfTags(resource),
    allOfTags: conditions(resource),
  };
}
