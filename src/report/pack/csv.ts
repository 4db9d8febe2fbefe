/**
 * passing-resources.csv: the full population, one row per finding, so an
 * auditor can sample passing resources the report only counts. Cells that a
 * spreadsheet would run as a formula are prefixed with a quote.
 */
import type { ScanResult } from '../../engine/finding.js';

const HEADER = [
  'rule_id',
  'criteria',
  'status',
  'severity',
  'resource_type',
  'resource_id',
  'resource_name',
  'arn',
  'account',
  'region',
  'file',
  'line',
  'message',
];

export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const STATUS_ORDER: Record<string, number> = {
  PASS: 0,
  SUPPRESSED: 1,
  FAIL: 2,
  UNKNOWN: 3,
  ERROR: 4,
  NOT_APPLICABLE: 5,
};

export function renderPopulationCsv(result: ScanResult): string {
  const rows = [...result.findings].sort(
    (a, b) =>
      a.ruleId.localeCompare(b.ruleId) ||
      (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) ||
      a.resource.id.localeCompare(b.resource.id),
  );
  const lines = [HEADER.join(',')];
  for (const finding of rows) {
    const resource = finding.resource;
    lines.push(
      [
        finding.ruleId,
        finding.controls.join(' '),
        finding.status,
        finding.severity,
        resource.type,
        resource.id,
        resource.name,
        resource.arn,
        resource.account,
        resource.region,
        resource.file,
        resource.line,
        finding.message,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
