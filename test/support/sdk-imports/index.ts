/**
 * Which `@aws-sdk/client-*` packages a soc2 command or a module import loads.
 * ESM has no require.cache to inspect, so a child process runs the phases
 * under a resolve hook (hooks.ts) that logs every SDK client specifier.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** Run the CLI's main() with these arguments, or import this module (an absolute path). */
export type Phase = { argv: string[] } | { module: string };

export interface PhaseResult {
  /** The SDK client packages first resolved during the phase, sorted. */
  clients: string[];
  /** main()'s exit code; 0 for an import. */
  exitCode: number;
}

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Phases run in one process in order: a client loaded by one phase is not resolved again by a later one. */
export async function sdkClientsLoaded(phases: Phase[]): Promise<PhaseResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'sdk-imports-'));
  const log = join(dir, 'log');
  try {
    await promisify(execFile)(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        '--import',
        fileURLToPath(new URL('./register.ts', import.meta.url)),
        fileURLToPath(new URL('./phases.ts', import.meta.url)),
        JSON.stringify(phases),
      ],
      { cwd: REPO, env: { ...process.env, SDK_IMPORT_LOG: log }, maxBuffer: 64 * 1024 * 1024 },
    );
    return parseLog(await readFile(log, 'utf8'), phases.length);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function parseLog(text: string, count: number): PhaseResult[] {
  const results: PhaseResult[] = [];
  let current: Set<string> | undefined;
  for (const line of text.split('\n').filter(Boolean)) {
    const exit = /^# exit (\d+) (-?\d+)$/.exec(line);
    if (line.startsWith('# phase ')) current = new Set();
    else if (exit && current) {
      results[Number(exit[1])] = { clients: [...current].sort(), exitCode: Number(exit[2]) };
      current = undefined;
    } else if (current) current.add(line);
    else throw new Error(`SDK client resolved outside any phase: ${line}`);
  }
  if (results.length !== count) throw new Error(`${results.length} of ${count} phases finished`);
  return results;
}
