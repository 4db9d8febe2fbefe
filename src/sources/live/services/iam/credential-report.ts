/** The IAM credential report: a CSV with one row per user plus `<root_account>`. */
export type CredentialReportRow = Record<string, string>;

export function parseCredentialReport(csv: string): Map<string, CredentialReportRow> {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines.shift() ?? '').split(',');
  const rows = new Map<string, CredentialReportRow>();
  for (const line of lines) {
    const cells = line.split(',');
    const row: CredentialReportRow = {};
    header.forEach((name, index) => {
      row[name] = cells[index] ?? '';
    });
    if (row.user) rows.set(row.user, row);
  }
  return rows;
}

/** `true`/`false` cells; anything else (not_supported, N/A) is undefined. */
export function reportFlag(row: CredentialReportRow | undefined, column: string): boolean | undefined {
  const value = row?.[column];
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** An ISO date cell; N/A, no_information and not_supported are undefined. */
export function reportDate(row: CredentialReportRow | undefined, column: string): string | undefined {
  const value = row?.[column];
  return value && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value : undefined;
}
