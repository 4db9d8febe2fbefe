/**
 * Scan progress on stderr: on a TTY one bar per region (calls done, services
 * still running); otherwise one plain line per finished service and region.
 * `quiet` silences both.
 */
import cliProgress from 'cli-progress';
import type { Io } from '../../cli/io.js';
import type { CallError } from '../snapshot/format.js';
import type { CallObserver } from './recorder.js';

export interface Progress extends CallObserver {
  collectorDone(service: string, region: string): void;
  stop(): void;
}

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

  collectorDone(): void {}

  stop(): void {
    this.multi.stop();
  }
}

const SILENT: Progress = { started() {}, finished() {}, collectorDone() {}, stop() {} };

export function createProgress(io: Io, quiet: boolean): Progress {
  if (quiet) return SILENT;
  if (io.stderr.isTTY === true) return new BarProgress(io.stderr as NodeJS.WritableStream);
  return new PlainProgress((line) => io.stderr.write(line));
}
