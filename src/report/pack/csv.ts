/**
 * passing-resources.csv: the full population, one row per finding, so an
 * auditor can sample passing resources the report only counts. Cells that a
 * spreadsheet would run as a formula are prefixed with a quote.
 */
import type { Finding, ScanResult } from '../../engine/finding.js';
import type { FindingSpool } from './finding-spool.js';

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

function compareRows(
  a: { ruleId: string; status: string; id: string },
  b: { ruleId: string; status: string; id: string },
): number {
  return (
    a.ruleId.localeCompare(b.ruleId) ||
    (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) ||
    a.id.localeCompare(b.id)
  );
}

function csvLine(finding: Finding): string {
  const resource = finding.resource;
  return [
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
    .join(',');
}

export function renderPopulationCsv(result: ScanResult): string {
  const rows = [...result.findings].sort((a, b) =>
    compareRows(
      { ruleId: a.ruleId, status: a.status, id: a.resource.id },
      { ruleId: b.ruleId, status: b.status, id: b.resource.id },
    ),
  );
  const lines = [HEADER.join(',')];
  for (const finding of rows) lines.push(csvLine(finding));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The same file from a spool, in the same order: only each row's sort key and
 * place in the spool are held, and each row is read back when its turn comes.
 */
export function* populationCsvChunks(spool: FindingSpool): Generator<string> {
  const keys: { ruleId: string; status: string; id: string; offset: number; length: number }[] = [];
  for (const line of spool.lines()) {
    const finding = JSON.parse(line.text) as Finding;
    keys.push({
      ruleId: finding.ruleId,
      status: finding.status,
      id: finding.resource.id,
      offset: line.offset,
      length: line.length,
    });
  }
  keys.sort(compareRows);
  yield `${HEADER.join(',')}\r\n`;
  for (const key of keys) yield `${csvLine(spool.readAt(key.offset, key.length))}\r\n`;
}
