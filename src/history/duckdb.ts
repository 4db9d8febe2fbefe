/**
 * DuckDB, loaded only by the commands that need it (pack writing, diff,
 * period): its native binary costs a few tens of milliseconds to load, which
 * `soc2 verify` or `soc2 explain` should not pay.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';

/** DuckDB's memory limit for history queries; it spills to disk where an operator can. */
export const DEFAULT_MEMORY_LIMIT = '256MB';

export interface Duck {
  connection: DuckDBConnection;
  close(): void;
}

/** An in-memory database; DuckDB spills to its temp folder instead of growing past its memory limit. */
export async function openDuck(options: { memoryLimit?: string } = {}): Promise<Duck> {
  const api = await import('@duckdb/node-api');
  // In the bundled CLI (scripts/bundle-cli.mjs) the CommonJS package's exports come as `default`.
  const { DuckDBInstance } =
    'DuckDBInstance' in api ? api : (api as unknown as { default: typeof api }).default;
  const instance = await DuckDBInstance.create(':memory:', {
    ...(options.memoryLimit ? { memory_limit: options.memoryLimit } : {}),
    // One report must not take every core of a shared CI runner.
    threads: '2',
    // Results are ordered explicitly; without this, DuckDB buffers rows to keep their order.
    preserve_insertion_order: 'false',
    // Where operators spill once memory_limit is reached (removed by DuckDB on close).
    temp_directory: join(tmpdir(), `soc2-duckdb-${process.pid}`),
  });
  const connection = await instance.connect();
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A string as a SQL literal: file paths are data, never SQL. */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
