/**
 * The Type II period model: per control and per SOC 2 criterion, the nights
 * evaluated and passing; each exception with first seen, last seen, duration
 * and resolution; and every gap in the evidence by name. All counting is SQL
 * run by DuckDB over the packs' findings.parquet (findings.json through
 * read_json for packs that predate it), so rows stream from disk instead of
 * being held in memory.
 */
import { open } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Problem } from '../report/pack/verify.js';
import { DEFAULT_MEMORY_LIMIT, openDuck, sqlString } from './duckdb.js';
import { findingsJsonRowsSql } from './findings-table.js';
import { COUNTED_STATES, type PackState, type PeriodPack, type PeriodWindow } from './period-packs.js';

export interface NightCounts {
  nightsEvaluated: number;
  /** Every finding PASS, NOT_APPLICABLE or SUPPRESSED that night. */
  nightsPassing: number;
  /** At least one FAIL. */
  nightsFailing: number;
  /** No FAIL, but at least one UNKNOWN or ERROR: not shown to operate. */
  nightsIncomplete: number;
}

export interface PeriodControl extends NightCounts {
  ruleId: string;
  title: string;
  severity: string;
  criteria: string[];
  exceptions: number;
}

export interface PeriodCriterion extends NightCounts {
  criterion: string;
  controls: string[];
}

export interface PeriodException {
  ruleId: string;
  scope: string;
  account?: string;
  region?: string;
  resourceId: string;
  resourceType: string;
  resourceName?: string;
  severity: string;
  criteria: string[];
  firstSeen: string;
  lastSeen: string;
  nightsFailing: number;
  resolved: boolean;
  /** The first run that showed it passing, or without the resource. */
  resolvedAt?: string;
  resolution?: 'passing' | 'resource-removed';
  /** Whole days from first seen to resolved (or to last seen while open). */
  durationDays: number;
  message: string;
}

export interface PackRef {
  pack: string;
  scope: string;
  night: string;
}

export interface PeriodGaps {
  /** Nights of the window with no pack at all for a scope. */
  missingNights: { scope: string; night: string }[];
  /** Counted runs with UNKNOWN or ERROR findings. */
  incompleteRuns: (PackRef & { unknown: number; error: number; rules: string[] })[];
  /** Did not verify: excluded from every count. */
  tamperedPacks: (PackRef & { problems: Problem[] })[];
  /** Signed by a key the trusted keys do not include: excluded from every count. */
  untrustedSigners: (PackRef & { problems: Problem[] })[];
  /** Hashes intact but not signed: counted, but nothing proves who wrote them. */
  unsignedPacks: PackRef[];
  /** Signed, but no trusted key was given to confirm the signer: counted. */
  signerNotVerified: PackRef[];
  /** Intact packs that hold no findings (neither findings.parquet nor findings.json). */
  packsWithoutFindings: PackRef[];
}

export interface PeriodReport {
  period: PeriodWindow & { nights: number };
  generatedAt: string;
  root: string;
  /** Where the trusted keys came from; absent when none were given. */
  trustedKeys?: string;
  scopes: string[];
  packs: { inWindow: number; counted: number; excluded: number };
  findingRows: number;
  controls: PeriodControl[];
  criteria: PeriodCriterion[];
  exceptionCount: { total: number; open: number };
  exceptions: PeriodException[];
  gaps: PeriodGaps;
}

type Row = Record<string, unknown>;

async function rows(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Row[];
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
const optionalText = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : String(value);
const count = (value: unknown): number => Number(value ?? 0);
/** DuckDB's JSON of a TIMESTAMP is `YYYY-MM-DD HH:MM:SS[.fff]` in UTC, trailing zeros of the fraction dropped. */
const iso = (value: unknown): string => new Date(`${text(value).replace(' ', 'T')}Z`).toISOString();

async function loadScopes(connection: DuckDBConnection, scopes: readonly string[]): Promise<void> {
  await connection.run('CREATE TEMP TABLE scopes (scope VARCHAR)');
  const appender = await connection.createAppender('scopes');
  for (const scope of scopes) {
    appender.appendVarchar(scope);
    appender.endRow();
  }
  appender.closeSync();
}

async function loadPacks(connection: DuckDBConnection, packs: readonly PeriodPack[]): Promise<void> {
  await connection.run(
    'CREATE TEMP TABLE packs (pack VARCHAR, scope VARCHAR, night DATE, scan_time TIMESTAMP, state VARCHAR, counted BOOLEAN, rows_kind VARCHAR, rows_file VARCHAR)',
  );
  const appender = await connection.createAppender('packs');
  for (const pack of packs) {
    appender.appendVarchar(pack.dir);
    appender.appendVarchar(pack.scope);
    if (pack.night) appender.appendVarchar(pack.night);
    else appender.appendNull();
    if (pack.startedAt) appender.appendVarchar(pack.startedAt.replace('Z', ''));
    else appender.appendNull();
    appender.appendVarchar(pack.state);
    appender.appendBoolean(COUNTED_STATES.has(pack.state));
    if (pack.rows) {
      appender.appendVarchar(pack.rows.kind);
      appender.appendVarchar(pack.rows.file);
    } else {
      appender.appendNull();
      appender.appendNull();
    }
    appender.endRow();
  }
  appender.closeSync();
}

/**
 * The `findings` view: every counted pack's rows, with the pack's folder and
 * its scan time from the verified manifest (not from the rows).
 */
async function defineFindings(connection: DuckDBConnection, packs: readonly PeriodPack[]): Promise<void> {
  const parquet = packs.filter((pack) => pack.rows?.kind === 'parquet').map((pack) => pack.rows!.file);
  const json = packs.filter((pack) => pack.rows?.kind === 'json');
  const parts: string[] = [];
  if (parquet.length > 0) {
    parts.push(
      `SELECT * EXCLUDE (filename), filename AS rows_file FROM read_parquet([${parquet.map(sqlString).join(', ')}], filename = true, union_by_name = true)`,
    );
  }
  for (const pack of json) {
    parts.push(
      `SELECT *, ${sqlString(pack.rows!.file)} AS rows_file FROM (${findingsJsonRowsSql(pack.rows!.file, pack.dir, pack.rows!.bytes)})`,
    );
  }
  const source =
    parts.length > 0
      ? parts.join(' UNION ALL BY NAME ')
      : `SELECT NULL::VARCHAR AS rule_id, NULL::VARCHAR AS title, NULL::VARCHAR[] AS criteria, NULL::VARCHAR AS severity, NULL::VARCHAR AS status,
           NULL::VARCHAR AS resource_id, NULL::VARCHAR AS resource_type, NULL::VARCHAR AS resource_name, NULL::VARCHAR AS account,
           NULL::VARCHAR AS region, NULL::VARCHAR AS message, NULL::VARCHAR AS rows_file WHERE false`;
  await connection.run(`CREATE TEMP VIEW findings AS
    SELECT p.pack, p.scope, p.night, p.scan_time, f.rule_id, f.title, f.criteria, f.severity, f.status,
           f.resource_id, f.resource_type, f.resource_name, f.account, f.region, f.message
    FROM (${source}) f JOIN packs p ON p.rows_file = f.rows_file AND p.counted`);
}

const NIGHT_COUNTS = `
  count(*) AS nights_evaluated,
  count(*) FILTER (WHERE fails = 0 AND incomplete = 0) AS nights_passing,
  count(*) FILTER (WHERE fails > 0) AS nights_failing,
  count(*) FILTER (WHERE fails = 0 AND incomplete > 0) AS nights_incomplete`;

function nightCounts(row: Row): NightCounts {
  return {
    nightsEvaluated: count(row.nights_evaluated),
    nightsPassing: count(row.nights_passing),
    nightsFailing: count(row.nights_failing),
    nightsIncomplete: count(row.nights_incomplete),
  };
}

async function queryControls(connection: DuckDBConnection): Promise<Omit<PeriodControl, 'exceptions'>[]> {
  await connection.run(`CREATE TEMP TABLE control_nights AS
    SELECT rule_id, night, any_value(title) AS title, any_value(severity) AS severity, any_value(criteria) AS criteria,
           count(*) FILTER (WHERE status = 'FAIL') AS fails,
           count(*) FILTER (WHERE status IN ('UNKNOWN', 'ERROR')) AS incomplete
    FROM findings GROUP BY rule_id, night`);
  const result = await rows(
    connection,
    `SELECT rule_id, any_value(title) AS title, any_value(severity) AS severity,
            list_sort(list_distinct(flatten(list(criteria)))) AS criteria, ${NIGHT_COUNTS}
     FROM control_nights GROUP BY rule_id ORDER BY rule_id`,
  );
  return result.map((row) => ({
    ruleId: text(row.rule_id),
    title: text(row.title),
    severity: text(row.severity),
    criteria: (row.criteria as string[] | null) ?? [],
    ...nightCounts(row),
  }));
}

async function queryCriteria(connection: DuckDBConnection): Promise<PeriodCriterion[]> {
  const result = await rows(
    connection,
    `WITH criterion_nights AS (
       SELECT criterion, night, list_sort(list_distinct(list(rule_id))) AS controls,
              sum(fails) AS fails, sum(incomplete) AS incomplete
       FROM (SELECT unnest(criteria) AS criterion, night, rule_id, fails, incomplete FROM control_nights)
       GROUP BY criterion, night)
     SELECT criterion, list_sort(list_distinct(flatten(list(controls)))) AS controls, ${NIGHT_COUNTS}
     FROM criterion_nights GROUP BY criterion ORDER BY criterion`,
  );
  return result.map((row) => ({
    criterion: text(row.criterion),
    controls: (row.controls as string[] | null) ?? [],
    ...nightCounts(row),
  }));
}

/**
 * Exceptions are runs of consecutive FAIL results of one rule on one resource
 * (gaps-and-islands): a PASS ends one; UNKNOWN/ERROR neither continue nor end
 * it (not evaluated). Resolved when a later run shows it passing, or a later
 * run of its scope no longer has the resource.
 */
/**
 * Exceptions are runs of consecutive FAIL results of one rule on one resource
 * (gaps-and-islands): a PASS ends one; UNKNOWN/ERROR neither continue nor end
 * it (not evaluated). Resolved when a later run shows it passing, or a later
 * run of its scope no longer has the resource. Kept in DuckDB (which spills
 * to disk), so a history with a million exceptions is never one JS array.
 */
/**
 * One statement per step, each materialized: a single query would keep every
 * step's hash tables in memory at once, where steps one by one stay within
 * the memory limit (and spill) on two million rows.
 */
const EXCEPTION_STEPS: readonly [table: string, select: string][] = [
  ['failing_keys', `SELECT DISTINCT scope, rule_id, resource_id FROM findings WHERE status = 'FAIL'`],
  [
    // Only keys that ever fail, and only narrow columns, go through the window.
    'marked',
    `SELECT scope, rule_id, resource_id, scan_time, status = 'FAIL' AS failed,
            sum(CASE WHEN status = 'FAIL' THEN 0 ELSE 1 END)
              OVER (PARTITION BY scope, rule_id, resource_id ORDER BY scan_time ROWS UNBOUNDED PRECEDING) AS island
     FROM findings SEMI JOIN failing_keys USING (scope, rule_id, resource_id)
     WHERE status NOT IN ('UNKNOWN', 'ERROR')`,
  ],
  [
    'spans',
    `SELECT scope, rule_id, resource_id, island, min(scan_time) AS first_seen, max(scan_time) AS last_seen,
            count(*) AS nights_failing
     FROM marked WHERE failed GROUP BY scope, rule_id, resource_id, island`,
  ],
  [
    // The row that ended a span is the first of the next island (each non-FAIL row starts one).
    'next_pass',
    `SELECT s.scope, s.rule_id, s.resource_id, s.island, min(m.scan_time) AS passing_at
     FROM spans s JOIN marked m
       ON m.scope = s.scope AND m.rule_id = s.rule_id AND m.resource_id = s.resource_id AND m.island = s.island + 1
     GROUP BY ALL`,
  ],
  [
    'next_run',
    `SELECT s.scope, s.rule_id, s.resource_id, s.island, min(p.scan_time) AS run_at
     FROM spans s JOIN packs p ON p.counted AND p.scope = s.scope AND p.scan_time > s.last_seen AND p.rows_file IS NOT NULL
     GROUP BY ALL`,
  ],
  [
    'removed',
    `SELECT n.scope, n.rule_id, n.resource_id, n.island, n.run_at AS removed_at
     FROM next_run n
     WHERE NOT EXISTS (SELECT 1 FROM findings f WHERE f.scope = n.scope AND f.resource_id = n.resource_id AND f.scan_time = n.run_at)`,
  ],
  [
    'described',
    `SELECT s.scope, s.rule_id, s.resource_id, s.island, any_value(f.severity) AS severity,
            any_value(f.criteria) AS criteria, any_value(f.resource_type) AS resource_type,
            any_value(f.resource_name) AS resource_name, any_value(f.account) AS account,
            any_value(f.region) AS region, any_value(f.message) AS message
     FROM spans s JOIN findings f
       ON f.scope = s.scope AND f.rule_id = s.rule_id AND f.resource_id = s.resource_id AND f.scan_time = s.last_seen
          AND f.status = 'FAIL'
     GROUP BY ALL`,
  ],
  [
    'exceptions',
    `SELECT *, CASE WHEN resolved_at IS NULL THEN NULL WHEN resolved_at = passing_at THEN 'passing' ELSE 'resource-removed' END AS resolution,
            date_diff('day', CAST(first_seen AS DATE), CAST(coalesce(resolved_at, last_seen) AS DATE)) AS duration_days
     FROM (
       SELECT s.*, d.severity, d.criteria, d.resource_type, d.resource_name, d.account, d.region, d.message,
              CASE WHEN np.passing_at IS NOT NULL AND (r.removed_at IS NULL OR np.passing_at <= r.removed_at)
                   THEN np.passing_at ELSE r.removed_at END AS resolved_at,
              np.passing_at
       FROM spans s
       JOIN described d USING (scope, rule_id, resource_id, island)
       LEFT JOIN next_pass np USING (scope, rule_id, resource_id, island)
       LEFT JOIN removed r USING (scope, rule_id, resource_id, island))`,
  ],
];

async function createExceptions(connection: DuckDBConnection): Promise<void> {
  for (const [table, select] of EXCEPTION_STEPS)
    await connection.run(`CREATE TEMP TABLE ${table} AS ${select}`);
  for (const [table] of EXCEPTION_STEPS.slice(0, -1)) await connection.run(`DROP TABLE ${table}`);
}

const EXCEPTION_COLUMNS = `rule_id, scope, account, region, resource_id, resource_type, resource_name, severity, criteria,
  first_seen, last_seen, nights_failing, resolved_at, resolution, duration_days, message`;

const EXCEPTION_ORDER = 'ORDER BY rule_id, first_seen, scope, resource_id, island';

function toException(row: Row): PeriodException {
  const resolvedAt =
    row.resolved_at === null || row.resolved_at === undefined ? undefined : iso(row.resolved_at);
  return {
    ruleId: text(row.rule_id),
    scope: text(row.scope),
    account: optionalText(row.account),
    region: optionalText(row.region),
    resourceId: text(row.resource_id),
    resourceType: text(row.resource_type),
    resourceName: optionalText(row.resource_name),
    severity: text(row.severity),
    criteria: (row.criteria as string[] | null) ?? [],
    firstSeen: iso(row.first_seen),
    lastSeen: iso(row.last_seen),
    nightsFailing: count(row.nights_failing),
    resolved: resolvedAt !== undefined,
    resolvedAt,
    resolution: optionalText(row.resolution) as PeriodException['resolution'],
    durationDays: count(row.duration_days),
    message: text(row.message),
  };
}

async function queryGaps(
  connection: DuckDBConnection,
  packs: readonly PeriodPack[],
  window: PeriodWindow,
): Promise<PeriodGaps> {
  const missing = await rows(
    connection,
    `SELECT s.scope, CAST(d.night AS DATE) AS night
     FROM scopes s,
          generate_series(DATE ${sqlString(window.from)}, DATE ${sqlString(window.to)}, INTERVAL 1 DAY) AS d(night)
     WHERE NOT EXISTS (SELECT 1 FROM packs p WHERE p.scope = s.scope AND p.night = CAST(d.night AS DATE))
     ORDER BY s.scope, night`,
  );
  const incomplete = await rows(
    connection,
    `SELECT pack, any_value(scope) AS scope, any_value(night) AS night,
            count(*) FILTER (WHERE status = 'UNKNOWN') AS unknown, count(*) FILTER (WHERE status = 'ERROR') AS error,
            list_sort(list_distinct(list(rule_id))) AS rules
     FROM findings WHERE status IN ('UNKNOWN', 'ERROR') GROUP BY pack ORDER BY night, pack`,
  );
  const ref = (pack: PeriodPack): PackRef => ({ pack: pack.dir, scope: pack.scope, night: pack.night });
  const inState = (state: PackState): PeriodPack[] => packs.filter((pack) => pack.state === state);
  return {
    missingNights: missing.map((row) => ({ scope: text(row.scope), night: text(row.night) })),
    incompleteRuns: incomplete.map((row) => ({
      pack: text(row.pack),
      scope: text(row.scope),
      night: text(row.night),
      unknown: count(row.unknown),
      error: count(row.error),
      rules: (row.rules as string[] | null) ?? [],
    })),
    tamperedPacks: inState('tampered').map((pack) => ({ ...ref(pack), problems: pack.problems })),
    untrustedSigners: inState('untrusted-signer').map((pack) => ({ ...ref(pack), problems: pack.problems })),
    unsignedPacks: inState('unsigned').map(ref),
    signerNotVerified: inState('signer-not-verified').map(ref),
    packsWithoutFindings: packs.filter((pack) => COUNTED_STATES.has(pack.state) && !pack.rows).map(ref),
  };
}

export function nightsIn(window: PeriodWindow): number {
  return Math.round((Date.parse(window.to) - Date.parse(window.from)) / 86_400_000) + 1;
}

/** What the report holds in memory: at most this many exceptions (the JSON file gets all of them). */
export const EXCEPTIONS_IN_MEMORY = 2000;

export interface PeriodSession {
  /** `exceptions` holds the first EXCEPTIONS_IN_MEMORY; `exceptionCount` says how many there are. */
  report: PeriodReport;
  /** Writes the report as JSON with every exception, streamed from DuckDB. */
  writeJson(file: string): Promise<void>;
  close(): void;
}

async function writeStreamedJson(
  connection: DuckDBConnection,
  report: PeriodReport,
  file: string,
): Promise<void> {
  // A raw newline never occurs inside a JSON string, so this matches only the top-level key.
  const marker = '\n  "exceptions": "@@exceptions@@"';
  const text = JSON.stringify({ ...report, exceptions: '@@exceptions@@' }, null, 2);
  const at = text.indexOf(marker);
  const handle = await open(file, 'w');
  try {
    await handle.write(`${text.slice(0, at)}\n  "exceptions": [`);
    const result = await connection.stream(`SELECT ${EXCEPTION_COLUMNS} FROM exceptions ${EXCEPTION_ORDER}`);
    let written = 0;
    for await (const batch of result.yieldRowObjectJson()) {
      const items = batch.map((row) => {
        const item = `${written === 0 ? '' : ','}\n    ${JSON.stringify(toException(row as Row))}`;
        written += 1;
        return item;
      });
      await handle.write(items.join(''));
    }
    await handle.write(`${written === 0 ? '' : '\n  '}]${text.slice(at + marker.length)}\n`);
  } finally {
    await handle.close();
  }
}

export async function openPeriodReport(input: {
  root: string;
  window: PeriodWindow;
  packs: readonly PeriodPack[];
  /** Every scope found under the root (see collectPeriodPacks). */
  scopes: readonly string[];
  trustedKeys?: string;
  generatedAt: Date;
  /** DuckDB's memory limit; beyond it DuckDB spills to disk. */
  memoryLimit?: string;
}): Promise<PeriodSession> {
  const duck = await openDuck({ memoryLimit: input.memoryLimit ?? DEFAULT_MEMORY_LIMIT });
  try {
    const { connection } = duck;
    await loadScopes(connection, input.scopes);
    await loadPacks(connection, input.packs);
    await defineFindings(connection, input.packs);
    const [{ total }] = (await rows(connection, 'SELECT count(*) AS total FROM findings')) as [
      { total: unknown },
    ];
    const controls = await queryControls(connection);
    const criteria = await queryCriteria(connection);
    await createExceptions(connection);
    const perRule = new Map(
      (await rows(connection, 'SELECT rule_id, count(*) AS n FROM exceptions GROUP BY rule_id')).map(
        (row) => [text(row.rule_id), count(row.n)],
      ),
    );
    const [counts] = (await rows(
      connection,
      'SELECT count(*) AS total, count(*) FILTER (WHERE resolved_at IS NULL) AS open FROM exceptions',
    )) as [Row];
    const exceptions = (
      await rows(
        connection,
        `SELECT ${EXCEPTION_COLUMNS} FROM exceptions ${EXCEPTION_ORDER} LIMIT ${EXCEPTIONS_IN_MEMORY}`,
      )
    ).map(toException);
    const gaps = await queryGaps(connection, input.packs, input.window);
    const counted = input.packs.filter((pack) => COUNTED_STATES.has(pack.state)).length;
    const report: PeriodReport = {
      period: { ...input.window, nights: nightsIn(input.window) },
      generatedAt: input.generatedAt.toISOString(),
      root: input.root,
      trustedKeys: input.trustedKeys,
      scopes: [...input.scopes],
      packs: { inWindow: input.packs.length, counted, excluded: input.packs.length - counted },
      findingRows: count(total),
      controls: controls.map((control) => ({ ...control, exceptions: perRule.get(control.ruleId) ?? 0 })),
      criteria,
      exceptionCount: { total: count(counts!.total), open: count(counts!.open) },
      exceptions,
      gaps,
    };
    return {
      report,
      writeJson: (file) => writeStreamedJson(connection, report, file),
      close: () => duck.close(),
    };
  } catch (error) {
    duck.close();
    throw error;
  }
}
