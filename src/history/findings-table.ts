/**
 * findings.parquet: one row per finding, the shape every history query reads
 * (`soc2 period`, Athena over a synced pack tree). Rows are staged as text
 * (from a scan in memory, or from an older pack's findings.json) and typed by
 * one projection, so both paths give the same columns.
 */
import type { ScanResult } from '../engine/finding.js';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from './duckdb.js';

export const PARQUET_FILE = 'findings.parquet';

/** Staged columns, all text; `criteria` is a JSON array. */
const STAGED_COLUMNS = [
  'scan_time',
  'scope',
  'pack_id',
  'source_kind',
  'account',
  'region',
  'rule_id',
  'title',
  'criteria',
  'severity',
  'status',
  'resource_id',
  'resource_type',
  'resource_name',
  'message',
  'suppression_expires',
] as const;

type StagedRow = Record<(typeof STAGED_COLUMNS)[number], string | undefined>;

/** The typed columns of findings.parquet, in file order (docs/history.md lists the same). */
export const TYPED_PROJECTION = `
  CAST(scan_time AS TIMESTAMP) AS scan_time,
  scope, pack_id, source_kind, account, region, rule_id, title,
  CAST(from_json(criteria, '["VARCHAR"]') AS VARCHAR[]) AS criteria,
  severity, status, resource_id, resource_type, resource_name, message,
  suppression_expires`;

function stagedRows(result: Pick<ScanResult, 'scan' | 'findings'>, packId: string): Iterable<StagedRow> {
  const { scan } = result;
  const onlyAccount = scan.accounts?.length === 1 ? scan.accounts[0] : undefined;
  const onlyRegion = scan.regions?.length === 1 ? scan.regions[0] : undefined;
  return result.findings.map((finding) => ({
    scan_time: scan.startedAt,
    scope: scan.scope,
    pack_id: packId,
    source_kind: scan.source,
    account: finding.resource.account ?? onlyAccount,
    region: finding.resource.region ?? onlyRegion,
    rule_id: finding.ruleId,
    title: finding.title,
    criteria: JSON.stringify(finding.controls),
    severity: finding.severity,
    status: finding.status,
    resource_id: finding.resource.id,
    resource_type: finding.resource.type,
    resource_name: finding.resource.name ?? finding.resource.logicalId,
    message: finding.message,
    suppression_expires: finding.suppression?.expires,
  }));
}

/** Writes the findings of a scan to `file` as Parquet, through DuckDB's appender (no row is held twice). */
export async function writeFindingsParquet(
  connection: DuckDBConnection,
  result: Pick<ScanResult, 'scan' | 'findings'>,
  packId: string,
  file: string,
): Promise<void> {
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE staged_findings (${STAGED_COLUMNS.map((name) => `${name} VARCHAR`).join(', ')})`,
  );
  const appender = await connection.createAppender('staged_findings');
  for (const row of stagedRows(result, packId)) {
    for (const column of STAGED_COLUMNS) {
      const value = row[column];
      if (value === undefined) appender.appendNull();
      else appender.appendVarchar(value);
    }
    appender.endRow();
  }
  appender.closeSync();
  await connection.run(
    `COPY (SELECT ${TYPED_PROJECTION} FROM staged_findings) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`,
  );
  await connection.run('DROP TABLE staged_findings');
}

/**
 * The same rows read from a findings.json (packs written before findings.parquet).
 * DuckDB parses the file; the whole document is one JSON object, so its size
 * limit is raised to the file's size (DuckDB sizes its read buffer from it).
 */
export function findingsJsonRowsSql(file: string, packId: string, fileBytes: number): string {
  const maximumObjectSize = Math.max(16 * 1024 * 1024, fileBytes + 1);
  return `SELECT ${TYPED_PROJECTION} FROM (
    SELECT
      j.scan->>'startedAt' AS scan_time,
      j.scan->>'scope' AS scope,
      ${sqlString(packId)} AS pack_id,
      j.scan->>'source' AS source_kind,
      coalesce(f->'resource'->>'account', CASE WHEN json_array_length(j.scan->'accounts') = 1 THEN j.scan->'accounts'->>0 END) AS account,
      coalesce(f->'resource'->>'region', CASE WHEN json_array_length(j.scan->'regions') = 1 THEN j.scan->'regions'->>0 END) AS region,
      f->>'ruleId' AS rule_id,
      f->>'title' AS title,
      CAST(f->'controls' AS VARCHAR) AS criteria,
      f->>'severity' AS severity,
      f->>'status' AS status,
      f->'resource'->>'id' AS resource_id,
      f->'resource'->>'type' AS resource_type,
      coalesce(f->'resource'->>'name', f->'resource'->>'logicalId') AS resource_name,
      f->>'message' AS message,
      f->'suppression'->>'expires' AS suppression_expires
    FROM read_json(${sqlString(file)}, columns = {scan: 'JSON', findings: 'JSON[]'}, maximum_object_size = ${maximumObjectSize}) j,
      unnest(j.findings) AS u(f)
  )`;
}

/**
 * The same rows read by DuckDB from a spool of findings, one JSON object per
 * line (a streamed organization scan): no finding is held by the scan to write them.
 */
export function spooledFindingsRowsSql(
  file: string,
  scan: Pick<ScanResult['scan'], 'startedAt' | 'scope' | 'source' | 'accounts' | 'regions'>,
  packId: string,
): string {
  const only = (values: readonly string[] | undefined) =>
    values?.length === 1 ? sqlString(values[0]!) : 'NULL';
  // Only the columns read are parsed: evidence, the largest part of a finding, is skipped line by line.
  const columns = `{ruleId: 'VARCHAR', title: 'VARCHAR', controls: 'JSON', severity: 'VARCHAR', status: 'VARCHAR',
    message: 'VARCHAR', suppression: 'STRUCT(expires VARCHAR)',
    resource: 'STRUCT(id VARCHAR, type VARCHAR, name VARCHAR, logicalId VARCHAR, account VARCHAR, region VARCHAR)'}`;
  return `SELECT ${TYPED_PROJECTION} FROM (
    SELECT
      ${sqlString(scan.startedAt)} AS scan_time,
      ${sqlString(scan.scope)} AS scope,
      ${sqlString(packId)} AS pack_id,
      ${sqlString(scan.source)} AS source_kind,
      coalesce(resource.account, ${only(scan.accounts)}) AS account,
      coalesce(resource.region, ${only(scan.regions)}) AS region,
      ruleId AS rule_id,
      title,
      CAST(controls AS VARCHAR) AS criteria,
      severity,
      status,
      resource.id AS resource_id,
      resource.type AS resource_type,
      coalesce(resource.name, resource.logicalId) AS resource_name,
      message,
      suppression.expires AS suppression_expires
    FROM read_json(${sqlString(file)}, format = 'newline_delimited', columns = ${columns})
  )`;
}
