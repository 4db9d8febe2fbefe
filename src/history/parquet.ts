/**
 * findings.parquet for a pack, and its copy in a Hive-partitioned history
 * folder (`DIR/scope=<scope>/date=YYYY-MM-DD/<pack>.parquet`) that Athena/Glue
 * and DuckDB query as one table (docs/history.md).
 */
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScanResult } from '../engine/finding.js';
import { DEFAULT_MEMORY_LIMIT, openDuck, sqlString } from './duckdb.js';
import { spooledFindingsRowsSql, writeFindingsParquet } from './findings-table.js';

/** The Parquet bytes of a scan's findings. */
export async function findingsParquetBytes(
  result: Pick<ScanResult, 'scan' | 'findings'>,
  packId: string,
): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'soc2-parquet-'));
  const duck = await openDuck();
  try {
    const file = join(folder, 'findings.parquet');
    await writeFindingsParquet(duck.connection, result, packId, file);
    return await readFile(file);
  } finally {
    duck.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** The Parquet bytes of findings spooled one JSON object per line; DuckDB reads the file and spills past its memory limit. */
export async function spooledFindingsParquetBytes(
  spoolFile: string,
  scan: ScanResult['scan'],
  packId: string,
): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'soc2-parquet-'));
  const duck = await openDuck({ memoryLimit: DEFAULT_MEMORY_LIMIT });
  try {
    const file = join(folder, 'findings.parquet');
    // One thread and small row groups: the copy streams through the memory limit instead of buffering row groups per thread.
    await duck.connection.run('SET threads = 1');
    await duck.connection.run(
      `COPY (${spooledFindingsRowsSql(spoolFile, scan, packId)}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 16384)`,
    );
    return await readFile(file);
  } finally {
    duck.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** Where a pack's rows go in a partitioned history folder; the date is the scan's UTC day. */
export function historyPath(
  historyDir: string,
  partition: { scopeFolder: string; startedAt: string; packName: string },
): string {
  const date = new Date(partition.startedAt).toISOString().slice(0, 10);
  return join(historyDir, `scope=${partition.scopeFolder}`, `date=${date}`, `${partition.packName}.parquet`);
}

export async function copyToHistory(
  parquetFile: string,
  historyDir: string,
  partition: { scopeFolder: string; startedAt: string; packName: string },
): Promise<string> {
  const target = historyPath(historyDir, partition);
  await mkdir(join(target, '..'), { recursive: true });
  await copyFile(parquetFile, target);
  return target;
}
