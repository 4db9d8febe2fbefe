/**
 * What a pack being written leaves behind if the scanner is stopped: the
 * staging folder, the browser and its profile. Each is registered here while
 * it exists; on SIGINT, SIGTERM or SIGHUP they are removed synchronously and
 * the signal is raised again, so the process still ends the way the sender
 * meant. SIGKILL cannot be caught: the browser exits on its own (it talks over
 * pipes) and the next run removes the folders (see layout.ts and pdf.ts).
 */
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
