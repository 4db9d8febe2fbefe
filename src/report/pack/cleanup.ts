/**
 * What a pack being written leaves behind if the scanner is stopped: the
 * staging folder, the browser and its profile. Each is registered here while
 * it exists; on SIGINT, SIGTERM or SIGHUP they are removed synchronously and
 * the signal is raised again, so the process still ends the way the sender
 * meant. SIGKILL cannot be caught: the browser exits on its own (it talks over
 * pipes) and the next run removes the folders (see layout.ts and pdf.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';

type Cleanup = () => void;

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const cleanups = new Set<Cleanup>();

function runAll(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // best effort: the next run removes what is left
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  runAll();
  uninstall();
  process.kill(process.pid, signal);
}

function onExit(): void {
  runAll();
}

function install(): void {
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', onExit);
}

function uninstall(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off('exit', onExit);
}

/** Registers a synchronous cleanup; call the returned function once it is no longer needed. */
export function onInterrupt(cleanup: Cleanup): () => void {
  if (cleanups.size === 0) install();
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
    if (cleanups.size === 0) uninstall();
  };
}

/** This host, as it appears in the names of temporary folders. */
export function hostTag(): string {
  return hostname()
    .replace(/[^A-Za-z0-9]+/g, '_')
    .slice(0, 40);
}

/** `<host>-<pid>-`: the start of the name of a temporary folder this process owns. */
export function ownerTag(): string {
  return `${hostTag()}-${process.pid}-`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when `rest` (a folder name after its prefix) starts with the owner tag
 * of a process of this host that no longer runs. Folders of other hosts (a
 * shared `--out`) and of live processes are never judged abandoned here.
 */
export function ownerIsGone(rest: string): boolean {
  const host = `${hostTag()}-`;
  if (!rest.startsWith(host)) return false;
  const pid = Number(/^(\d+)-/.exec(rest.slice(host.length))?.[1]);
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** True while a process of group `pgid` is still running (zombies, which only wait to be reaped, excepted). */
function groupRunning(pgid: number): boolean | undefined {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return undefined;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') return true;
    } catch {
      // the process ended meanwhile
    }
  }
  return false;
}

/**
 * Kills a process group (the browser and its helpers) and waits, synchronously
 * and at most `timeoutMs`, until none of them runs, so that their files can be
 * removed next without a dying process writing new ones. Without /proc it
 * waits a fixed 300 ms.
 */
export function killGroupSync(pgid: number, timeoutMs = 3000): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const running = groupRunning(pgid);
    if (running === undefined) return sleepSync(300);
    if (!running || Date.now() > deadline) return;
    sleepSync(20);
  }
}

/**
 * Process groups of the processes started with `marker` on their command line
 * (a browser's `--user-data-dir=...`): found through /proc, for a browser
 * whose launch has not returned its process yet.
 */
export function groupsWithArgument(marker: string): number[] {
  const groups = new Set<number>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (!readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').includes(marker)) continue;
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      groups.add(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]));
    } catch {
      // the process ended meanwhile
    }
  }
  return [...groups].filter((group) => group > 1 && group !== process.pid);
}
