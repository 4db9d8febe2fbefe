/**
 * findings.parquet: written into every pack by the real scan, listed in the
 * manifest (so verify catches an edit), equal row for row to findings.json,
 * and copied into Hive partitions that DuckDB reads back as one table.
 */
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/engine/finding.js';
import { openDuck, type Duck } from '../../src/history/duckdb.js';
import { findingsJsonRowsSql } from '../../src/history/findings-table.js';
import { oneErrorLine, runCli } from '../cli/capture.js';

let work: string;
let pack: string;
let duck: Duck;

async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await duck.connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'soc2-parquet-'));
  const run = await runCli(
    ['scan', '--sample', '--out', 'packs', '-f', 'json', '--history', 'history'],
    work,
  );
  pack = /Evidence pack: (.+)/.exec(run.stdout)![1]!;
  duck = await openDuck();
}, 60_000);

afterAll(async () => {
  duck?.close();
  await rm(work, { recursive: true, force: true });
});

describe('findings.parquet', () => {
  it('is in the pack and in its manifest, so soc2 verify hashes it', async () => {
    const manifest = JSON.parse(await readFile(join(pack, 'manifest.json'), 'utf8')) as {
      files: { path: string }[];
    };
    expect(manifest.files.map((file) => file.path)).toContain('findings.parquet');
    const verify = await runCli(['verify', pack], work);
    expect(verify.stdout).toContain('hashes intact');
  });

  it('holds one row per finding with the same rule, status, resource, account and region as findings.json', async () => {
    const result = JSON.parse(await readFile(join(pack, 'findings.json'), 'utf8')) as ScanResult;
    const rows = await query(
      `SELECT scan_time, scope, source_kind, account, region, rule_id, criteria, severity, status, resource_id, message
       FROM read_parquet('${join(pack, 'findings.parquet')}')`,
    );
    expect(rows).toHaveLength(result.findings.length);
    expect(
      rows.map((row) => `${row.rule_id}|${row.resource_id}|${row.status}|${row.severity}`).sort(),
    ).toEqual(result.findings.map((f) => `${f.ruleId}|${f.resource.id}|${f.status}|${f.severity}`).sort());
    const first = result.findings[0]!;
    const row = rows.find((item) => item.rule_id === first.ruleId && item.resource_id === first.resource.id)!;
    expect(row).toMatchObject({
      scope: result.scan.scope,
      source_kind: 'snapshot',
      account: first.resource.account,
      region: first.resource.region,
      criteria: first.controls,
      message: first.message,
    });
    expect(new Date(`${String(row.scan_time).replace(' ', 'T')}Z`).toISOString()).toBe(result.scan.startedAt);
    expect(rows.some((item) => item.status === 'UNKNOWN')).toBe(true);
  });

  it('has the same rows as DuckDB reads from findings.json (the fallback for packs that predate parquet)', async () => {
    const columns =
      'scan_time, scope, account, region, rule_id, criteria, severity, status, resource_id, resource_type, resource_name, message, suppression_expires';
    const fromJson = await query(
      `SELECT ${columns} FROM (${findingsJsonRowsSql(join(pack, 'findings.json'), 'x', (await stat(join(pack, 'findings.json'))).size)}) ORDER BY ALL`,
    );
    const fromParquet = await query(
      `SELECT ${columns} FROM read_parquet('${join(pack, 'findings.parquet')}') ORDER BY ALL`,
    );
    expect(fromJson.length).toBeGreaterThan(50);
    expect(fromJson).toEqual(fromParquet);
  });

  it('makes verify fail when one byte of it changes', async () => {
    const file = join(pack, 'findings.parquet');
    const original = await readFile(file);
    const edited = Buffer.from(original);
    edited[Math.floor(edited.length / 2)] ^= 1;
    await writeFile(file, edited);
    try {
      const verify = await runCli(['verify', pack], work);
      expect(verify.code).toBe(1);
      expect(verify.stdout).toContain('FAILED findings.parquet: modified');
    } finally {
      await writeFile(file, original);
    }
  });
});

describe('scan --history DIR', () => {
  // hive_types: left to autocast, an account-id scope becomes a BIGINT (losing leading zeros).
  it('copies the rows to scope=<scope>/date=<day>/<pack>.parquet, which DuckDB reads with hive_partitioning', async () => {
    const scopes = await readdir(join(work, 'history'));
    expect(scopes).toEqual(['scope=123456789012']);
    const [dateFolder] = await readdir(join(work, 'history', scopes[0]!));
    expect(dateFolder).toMatch(/^date=\d{4}-\d{2}-\d{2}$/);
    const rows = await query(
      `SELECT scope, CAST(date AS VARCHAR) AS date, count(*) AS findings, count(*) FILTER (WHERE status = 'FAIL') AS failing
       FROM read_parquet('${join(work, 'history')}/*/*/*.parquet', hive_partitioning = true, hive_types = {'scope': VARCHAR, 'date': DATE}) GROUP BY ALL`,
    );
    const packRows = await query(
      `SELECT count(*) AS n FROM read_parquet('${join(pack, 'findings.parquet')}')`,
    );
    expect(rows).toEqual([
      {
        scope: '123456789012',
        date: dateFolder!.slice('date='.length),
        findings: packRows[0]!.n,
        failing: expect.anything(),
      },
    ]);
    expect(Number(rows[0]!.failing)).toBeGreaterThan(0);
  });

  it('needs --out', async () => {
    const run = await runCli(['scan', '--sample', '--history', 'history'], work);
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toContain('--history');
  });
});

describe('findings.parquet and NoEcho parameters', () => {
  // Parquet is compressed: searching its bytes for a secret proves nothing, so its rows are read back.
  it('holds no NoEcho value, even where a template puts one into a resource name', async () => {
    const secret = 'Tr0ub4dor-and-3';
    await writeFile(
      join(work, 'noecho.yaml'),
      [
        'Parameters:',
        '  Token:',
        '    Type: String',
        '    NoEcho: true',
        'Resources:',
        '  Bucket:',
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        "      BucketName: !Sub 'logs-${Token}'",
        '',
      ].join('\n'),
    );
    const run = await runCli(
      ['scan', '-t', 'noecho.yaml', '-p', `Token=${secret}`, '--out', 'noecho-packs', '-f', 'json'],
      work,
    );
    const noechoPack = /Evidence pack: (.+)/.exec(run.stdout)![1]!;
    const rows = await query(`SELECT * FROM read_parquet('${join(noechoPack, 'findings.parquet')}')`);
    expect(rows.some((row) => String(row.resource_name).startsWith('logs-'))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });
});
