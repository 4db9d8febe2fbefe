/**
 * Scan progress on stderr: on a TTY one bar per region (calls done, services
 * still running); otherwise one plain line per finished service and region,
 * and a heartbeat every 10 s that CI logs show (calls done, regions done,
 * what is still pending, retries), even with `quiet`, so a long scan is
 * never silent. `quiet` silences everything else.
 */
import cliProgress from 'cli-progress';
import type { Io } from '../../io.js';
import type { CallError } from '../snapshot/format.js';
import type { CallObserver } from './recorder.js';

export interface Progress extends CallObserver {
  /** The collectors (service and region) the scan will run. */
  planned(collectors: readonly { service: string; region: string }[]): void;
  collectorDone(service: string, region: string): void;
  /** The SDK retried a call (throttling, 5xx, timeout). */
  retried(): void;
  stop(): void;
}

export const DEFAULT_HEARTBEAT_MS = 10_000;

interface Tally {
  calls: number;
  errors: number;
}

class Counts {
  private readonly tallies = new Map<string, Tally>();
  tally(service: string, region: string): Tally {
    const key = `${service} ${region}`;
    let tally = this.tallies.get(key);
    if (!tally) {
      tally = { calls: 0, errors: 0 };
      this.tallies.set(key, tally);
    }
    return tally;
  }
}

class PlainProgress implements Progress {
  private readonly counts = new Counts();
  constructor(private readonly write: (line: string) => void) {}
  started(service: string, region: string): void {
    this.counts.tally(service, region).calls += 1;
  }
  finished(service: string, region: string, error?: CallError): void {
    if (error && error.kind !== 'not-found') this.counts.tally(service, region).errors += 1;
  }
  planned(): void {}
  retried(): void {}
  collectorDone(service: string, region: string): void {
    const { calls, errors } = this.counts.tally(service, region);
    this.write(
      `soc2: ${service} ${region}: ${calls} call${calls === 1 ? '' : 's'}${errors ? `, ${errors} failed` : ''}\n`,
    );
  }
  stop(): void {}
}

class BarProgress implements Progress {
  private readonly multi: cliProgress.MultiBar;
  private readonly bars = new Map<
    string,
    { bar: cliProgress.SingleBar; total: number; done: number; running: Map<string, number> }
  >();

  constructor(stream: NodeJS.WritableStream) {
    this.multi = new cliProgress.MultiBar(
      {
        stream,
        format: '{region} [{bar}] {value}/{total} calls {services}',
        hideCursor: true,
        clearOnComplete: false,
        barsize: 24,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  private row(region: string) {
    let row = this.bars.get(region);
    if (!row) {
      row = {
        bar: this.multi.create(0, 0, { region: region.padEnd(14), services: '' }),
        total: 0,
        done: 0,
        running: new Map(),
      };
      this.bars.set(region, row);
    }
    return row;
  }

  started(service: string, region: string): void {
    const row = this.row(region);
    row.total += 1;
    row.running.set(service, (row.running.get(service) ?? 0) + 1);
    row.bar.setTotal(row.total);
  }

  finished(service: string, region: string): void {
    const row = this.row(region);
    row.done += 1;
    const left = (row.running.get(service) ?? 1) - 1;
    if (left <= 0) row.running.delete(service);
    else row.running.set(service, left);
    row.bar.update(row.done, { services: [...row.running.keys()].join(' ') });
  }

  planned(): void {}
  retried(): void {}
  collectorDone(): void {}

  stop(): void {
    this.multi.stop();
  }
}

const SILENT: Progress = {
  planned() {},
  started() {},
  finished() {},
  collectorDone() {},
  retried() {},
  stop() {},
};

function elapsedText(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60
    ? `${seconds}s`
    : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}

/** Wraps the plain (or silent) progress with a periodic summary line. */
class Heartbeat implements Progress {
  private readonly startedAt = Date.now();
  private readonly timer: NodeJS.Timeout;
  /** Collectors still running, by region and service (two collectors can share a service name). */
  private readonly pending = new Map<string, Map<string, number>>();
  private regionCount = 0;
  private callsDone = 0;
  private inFlight = 0;
  private failures = 0;
  private retries = 0;

  constructor(
    private readonly inner: Progress,
    private readonly write: (line: string) => void,
    intervalMs: number,
  ) {
    this.timer = setInterval(() => this.beat(), intervalMs);
    this.timer.unref();
  }

  planned(collectors: readonly { service: string; region: string }[]): void {
    for (const { service, region } of collectors) {
      const services = this.pending.get(region) ?? new Map<string, number>();
      services.set(service, (services.get(service) ?? 0) + 1);
      this.pending.set(region, services);
    }
    this.regionCount = this.pending.size;
    this.inner.planned(collectors);
  }
  started(service: string, region: string): void {
    this.inFlight += 1;
    this.inner.started(service, region);
  }
  finished(service: string, region: string, error?: CallError): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    this.callsDone += 1;
    if (error && error.kind !== 'not-found') this.failures += 1;
    this.inner.finished(service, region, error);
  }
  collectorDone(service: string, region: string): void {
    const services = this.pending.get(region);
    const left = (services?.get(service) ?? 1) - 1;
    if (left > 0) services?.set(service, left);
    else services?.delete(service);
    if (services?.size === 0) this.pending.delete(region);
    this.inner.collectorDone(service, region);
  }
  retried(): void {
    this.retries += 1;
  }
  stop(): void {
    clearInterval(this.timer);
    this.inner.stop();
  }

  private beat(): void {
    const regionsDone = this.regionCount - this.pending.size;
    const pending = [...this.pending].flatMap(([region, services]) =>
      [...services.keys()].map((service) => `${service} ${region}`),
    );
    const shown =
      pending.slice(0, 6).join(', ') + (pending.length > 6 ? ` and ${pending.length - 6} more` : '');
    this.write(
      `soc2: still scanning after ${elapsedText(Date.now() - this.startedAt)}: ` +
        `${this.callsDone} call${this.callsDone === 1 ? '' : 's'} done, ${this.inFlight} in flight, ` +
        `regions ${regionsDone}/${this.regionCount} done` +
        (pending.length > 0 ? `; pending: ${shown}` : '') +
        `; ${this.retries} retr${this.retries === 1 ? 'y' : 'ies'}` +
        (this.failures > 0 ? `, ${this.failures} failed` : '') +
        '\n',
    );
  }
}

export function createProgress(
  io: Io,
  quiet: boolean,
  options: { heartbeatMs?: number | undefined } = {},
): Progress {
  if (io.stderr.isTTY === true) return quiet ? SILENT : new BarProgress(io.stderr as NodeJS.WritableStream);
  const write = (line: string) => io.stderr.write(line);
  const inner = quiet ? SILENT : new PlainProgress(write);
  return new Heartbeat(inner, write, options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
}
