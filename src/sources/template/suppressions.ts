/**
 * Suppressions written in resource Metadata: ours (`soc2.suppress`) and the
 * ones teams already have for Checkov, cfn_nag, cfn-guard and cdk-nag.
 */
import { InputError } from '../../errors.js';
import type { InlineSuppression } from '../../inventory/model.js';
import { isRecord } from './read.js';

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function expiryOf(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return text(value);
}

/** `where` names the resource in an error, built only for one: every resource's Metadata is read. */
export function suppressionsOf(metadata: unknown, where: () => string): InlineSuppression[] {
  if (!isRecord(metadata)) return [];
  const found: InlineSuppression[] = [];
  const ours = isRecord(metadata.soc2) ? metadata.soc2.suppress : undefined;
  for (const [index, entry] of list(ours).entries()) {
    const rule = isRecord(entry) ? text(entry.rule) : undefined;
    if (!isRecord(entry) || rule === undefined) {
      throw new InputError(`${where()}: Metadata.soc2.suppress entry ${index + 1} has no rule`);
    }
    const justification = text(entry.justification);
    if (justification === undefined) {
      throw new InputError(
        `${where()}: suppression of ${rule} in Metadata.soc2.suppress has no justification`,
      );
    }
    found.push({ id: rule, tool: 'soc2', justification, expires: expiryOf(entry.expires) });
  }
  const checkov = isRecord(metadata.checkov) ? metadata.checkov.skip : undefined;
  for (const entry of list(checkov)) {
    if (!isRecord(entry) || text(entry.id) === undefined) continue;
    found.push({
      id: String(entry.id),
      tool: 'checkov',
      justification: text(entry.comment) ?? 'suppressed in template Metadata (checkov)',
    });
  }
  for (const tool of ['cfn_nag', 'cdk_nag'] as const) {
    const section = metadata[tool];
    for (const entry of list(isRecord(section) ? section.rules_to_suppress : undefined)) {
      if (!isRecord(entry) || text(entry.id) === undefined) continue;
      found.push({
        id: String(entry.id),
        tool,
        justification: text(entry.reason) ?? `suppressed in template Metadata (${tool})`,
      });
    }
  }
  const guard = isRecord(metadata.guard) ? metadata.guard.SuppressedRules : undefined;
  for (const id of list(guard)) {
    if (text(id) === undefined) continue;
    found.push({ id: String(id), tool: 'guard', justification: 'suppressed in template Metadata (guard)' });
  }
  return found;
}
