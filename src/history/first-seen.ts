/**
 * Since when a finding has been failing: the older run of a diff is usually
 * one pack among the nightly packs of its scope folder, and their
 * findings.parquet tell when the current failing streak began. DuckDB reads
 * only those files (not re-verified: this dates a finding for the reader, the
 * period report is what verifies).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isPackFolderName } from '../report/pack/layout.js';
import { openDuck, sqlString } from './duckdb.js';
import { PARQUET_FILE } from './findings-table.js';

/** findings.parquet of `packDir` and of the packs before it in the same scope folder, oldest first. */
async function historyFiles(packDir: string): Promise<string[]> {
  const parent = dirname(packDir);
  const own = basename(packDir);
  const names = (await readdir(parent).catch(() => [] as string[])).filter(
    (name) => isPackFolderName(name) && name <= own,
  );
  const files: string[] = [];
  for (const name of names.sort()) {
    const file = join(parent, name, PARQUET_FILE);
    if ((await stat(file).catch(() => undefined))?.isFile()) files.push(file);
  }
  return files;
}

/**
 * Key (rule NUL resource) -> start of the failing streak that is still open in
 * the older run: the first FAIL after the last PASS-like result. UNKNOWN and
 * ERROR neither start nor end a streak. Empty without a pack history.
 */
export async function failingStreakStarts(
  olderPackDir: string,
  olderStartedAt: string,
): Promise<Map<string, string>> {
  const files = await historyFiles(olderPackDir);
  if (files.length < 2) return new Map();
  const duck = await openDuck();
  try {
    const reader = await duck.connection.runAndReadAll(`
      WITH history AS (
        SELECT rule_id, resource_id, scan_time, status
        FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true)
        WHERE scope = (SELECT any_value(scope) FROM read_parquet(${sqlString(files.at(-1)!)}))
          AND scan_time <= CAST(${sqlString(olderStartedAt.replace('Z', ''))} AS TIMESTAMP)
          AND status NOT IN ('UNKNOWN', 'ERROR')),
      last_ok AS (
        SELECT rule_id, resource_id, max(scan_time) FILTER (WHERE status <> 'FAIL') AS ok_at
        FROM history GROUP BY rule_id, resource_id)
      SELECT h.rule_id, h.resource_id, strftime(min(h.scan_time), '%Y-%m-%dT%H:%M:%S.%gZ') AS since
      FROM history h JOIN last_ok l USING (rule_id, resource_id)
      WHERE h.status = 'FAIL' AND (l.ok_at IS NULL OR h.scan_time > l.ok_at)
      GROUP BY h.rule_id, h.resource_id`);
    const starts = new Map<string, string>();
    for (const row of reader.getRowObjectsJson()) {
      starts.set(`${String(row.rule_id)}\u0000${String(row.resource_id)}`, String(row.since));
    }
    return starts;
  } finally {
    duck.close();
  }
}
