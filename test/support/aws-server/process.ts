/**
 * The loopback AWS server in its own Node process, so that the CPU it spends
 * answering (about half a millisecond per call) is not charged to the process
 * being measured. The account and options cross over IPC with structured
 * clone (dates and byte arrays survive); recorded calls and the server's CPU
 * time come back on request.
 *
 *   const aws = await startFakeAwsProcess({ account: largeAccount(), latencyMs: 30 });
 *   ... scan aws.endpoint ...
 *   const { calls, cpuMs } = await aws.stats();
 *   await aws.close();
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FakeAwsOptions, FaultRule, RecordedCall } from './types.js';

export interface FakeAwsProcessStats {
  calls: RecordedCall[];
  /** User + system CPU time of the server process since it started. */
  cpuMs: number;
}

export interface FakeAwsProcess {
  endpoint: string;
  pid: number;
  stats(): Promise<FakeAwsProcessStats>;
  setFaults(faults: FaultRule[]): Promise<void>;
  close(): Promise<void>;
}

/** The first message to the child. */
export interface ProcessStart {
  options: FakeAwsOptions;
  /**
   * Load every service's SDK schemas before answering "ready" (about a second of CPU), so a
   * measured scan does not wait for the server's own start-up on its first call to each service.
   */
  preload: boolean;
}

/** Parent -> child requests; the child answers each with the same `id`. */
export type ProcessRequest =
  | { id: number; kind: 'stats' }
  | { id: number; kind: 'faults'; faults: FaultRule[] }
  | { id: number; kind: 'close' };

/** Child -> parent messages. */
export type ProcessMessage =
  | { kind: 'ready'; endpoint: string }
  | { kind: 'failed'; message: string }
  | { id: number; kind: 'done'; stats?: FakeAwsProcessStats };

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

const ENTRY = fileURLToPath(new URL('./process-main.ts', import.meta.url));

export async function startFakeAwsProcess(
  options: FakeAwsOptions,
  { preload = true }: { preload?: boolean } = {},
): Promise<FakeAwsProcess> {
  const child: ChildProcess = fork(ENTRY, [], {
    // Resolved from here, so the child loads TypeScript whatever the working directory.
    execArgv: ['--import', import.meta.resolve('tsx')],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, (message: ProcessMessage & { id: number }) => void>();
  let nextId = 1;
  let exited = false;

  const endpoint = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`fake AWS process exited with code ${code} before it was ready`)),
    );
    child.on('message', (message: ProcessMessage) => {
      if (message.kind === 'ready') resolve(message.endpoint);
      else if (message.kind === 'failed') reject(new Error(`fake AWS process: ${message.message}`));
      else pending.get(message.id)?.(message);
    });
    const start: ProcessStart = { options, preload };
    child.send(start);
  });
  child.removeAllListeners('exit');
  child.once('exit', () => {
    exited = true;
    for (const resolve of pending.values()) resolve({ id: 0, kind: 'done' });
    pending.clear();
  });

  const request = (body: WithoutId<ProcessRequest>): Promise<ProcessMessage & { id: number }> => {
    if (exited) return Promise.reject(new Error('the fake AWS process has exited'));
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, (message) => {
        pending.delete(id);
        resolve(message);
      });
      child.send({ ...body, id });
    });
  };

  return {
    endpoint,
    pid: child.pid!,
    async stats() {
      const answer = await request({ kind: 'stats' });
      if (answer.kind !== 'done' || !answer.stats) throw new Error('the fake AWS process sent no statistics');
      return answer.stats;
    },
    async setFaults(faults) {
      await request({ kind: 'faults', faults });
    },
    async close() {
      if (exited) return;
      const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await request({ kind: 'close' });
      await exit;
    },
  };
}
