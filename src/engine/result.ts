import type { Inventory } from '../inventory/inventory.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import {
  FINDINGS_SCHEMA_VERSION,
  countByStatus,
  type Finding,
  type RuleSummary,
  type ScanInfo,
  type ScanResult,
} from './finding.js';
import type { Rule } from './rule.js';
import { settingsInForce } from './rule-settings.js';

function recordedSettings(rule: Rule): Record<string, number | string[]> {
  return Object.fromEntries(
    Object.entries(settingsInForce(rule)).map(([name, value]) => [
      name,
      typeof value === 'number' ? value : [...value],
    ]),
  );
}

export function summarizeRule(rule: Rule): RuleSummary {
  return {
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    criteria: rule.criteria,
    appliesTo: [...rule.appliesTo],
    rationale: rule.rationale,
    remediation: rule.remediation,
    equivalents: rule.equivalents,
    family: rule.family,
    ...(rule.sources !== undefined ? { sources: [...rule.sources] } : {}),
    ...('custom' in rule && typeof rule.custom === 'string' ? { custom: rule.custom } : {}),
    ...('sourceSha256' in rule && typeof rule.sourceSha256 === 'string'
      ? { sourceSha256: rule.sourceSha256 }
      : {}),
    ...(rule.settings !== undefined ? { settings: recordedSettings(rule) } : {}),
  };
}

export function buildScanResult(input: {
  scan: ScanInfo;
  rules: readonly Rule[];
  rulesVersion: string;
  findings: Finding[];
  inventory: Inventory;
}): ScanResult {
  return {
    schemaVersion: FINDINGS_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION, rulesVersion: input.rulesVersion },
    scan: input.scan,
    rules: input.rules.map(summarizeRule),
    findings: input.findings,
    gaps: [...input.inventory.gaps],
    summary: { total: input.findings.length, byStatus: countByStatus(input.findings) },
  };
}
