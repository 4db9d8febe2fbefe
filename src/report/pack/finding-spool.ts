/**
 * The findings of a streamed organization scan, on disk: each account's
 * findings are appended as JSON lines when its scan ends and are not held
 * after that. The pack's findings.json, population CSV and findings.parquet
 * are written from this file; the report and the counts from a ReportSample
 * and per-account counts kept beside it.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { Finding } from '../../engine/finding.js';
import type { FindingSource } from '../finding-source.js';
import { addTo, emptyCounts, type StatusCounts } from '../html/view-model/counts.js';
import { ReportSample } from './report-sample.js';

const WRITE_BATCH_CHARS = 1024 * 1024;
const READ_BLOCK_BYTES = 4 * 1024 * 1024;

export interface SpooledLine {
  text: string;
  offset: number;
  length: number;
}

export class FindingSpool implements FindingSource {
  readonly sample = new ReportSample();
  /** Per account (the resource's, '' when a finding names none), per rule: counts by status. */
  readonly accountControls = new Map<string, Map<string, StatusCounts>>();
  private readonly fd: number;
  private bytes = 0;
  private closed = false;
  /** Batches appended so far, each written to disk before add() returned. */
  batches = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w+');
  }

  get count(): number {
    return this.sample.count;
  }

  /** Appends one account's findings to the file (written before it returns) and counts them. */
  add(findings: readonly Finding[]): void {
    let text = '';
    const flush = () => {
      if (text === '') return;
      const buffer = Buffer.from(text, 'utf8');
      writeSync(this.fd, buffer, 0, buffer.length, this.bytes);
      this.bytes += buffer.length;
      text = '';
    };
    for (const finding of findings) {
      const line = JSON.stringify(finding);
      text += `${line}\n`;
      this.sample.add(finding, () => JSON.parse(line) as Finding);
      const account = finding.resource.account ?? '';
      let rules = this.accountControls.get(account);
      if (rules === undefined) this.accountControls.set(account, (rules = new Map()));
      let counts = rules.get(finding.ruleId);
      if (counts === undefined) rules.set(finding.ruleId, (counts = emptyCounts()));
      addTo(counts, finding.status);
      if (text.length >= WRITE_BATCH_CHARS) flush();
    }
    flush();
    this.batches += 1;
  }

  /** Every line, in the order written, with its byte offset. */
  *lines(): Generator<SpooledLine> {
    const block = Buffer.alloc(READ_BLOCK_BYTES);
    let carry: Buffer = Buffer.alloc(0);
    let position = 0;
    let carryOffset = 0;
    while (position < this.bytes) {
      const read = readSync(this.fd, block, 0, Math.min(block.length, this.bytes - position), position);
      if (read === 0) break;
      position += read;
      const data =
        carry.length > 0 ? Buffer.concat([carry, block.subarray(0, read)]) : block.subarray(0, read);
      let start = 0;
      for (let end = data.indexOf(10, start); end >= 0; end = data.indexOf(10, start)) {
        yield { text: data.toString('utf8', start, end), offset: carryOffset + start, length: end - start };
        start = end + 1;
      }
      carryOffset += start;
      carry = Buffer.from(data.subarray(start));
    }
  }

  /** Every finding, parsed back one at a time. */
  *read(): Generator<Finding> {
    for (const line of this.lines()) yield JSON.parse(line.text) as Finding;
  }

  all(): Iterable<Finding> {
    return this.read();
  }

  /**
   * Every finding by rule (JUnit's suites), read back from the spool: only each
   * finding's place in the file is held, 16 bytes, never the finding.
   */
  byRule(): Map<string, () => Iterable<Finding>> {
    const places = new Map<string, { offsets: number[]; lengths: number[] }>();
    for (const line of this.lines()) {
      const { ruleId } = JSON.parse(line.text) as Pick<Finding, 'ruleId'>;
      let place = places.get(ruleId);
      if (place === undefined) places.set(ruleId, (place = { offsets: [], lengths: [] }));
      place.offsets.push(line.offset);
      place.lengths.push(line.length);
    }
    return new Map(
      [...places].map(([ruleId, { offsets, lengths }]) => [ruleId, () => this.readPlaces(offsets, lengths)]),
    );
  }

  private *readPlaces(offsets: readonly number[], lengths: readonly number[]): Generator<Finding> {
    for (let index = 0; index < offsets.length; index += 1)
      yield this.readAt(offsets[index]!, lengths[index]!);
  }

  readAt(offset: number, length: number): Finding {
    const buffer = Buffer.alloc(length);
    readSync(this.fd, buffer, 0, length, offset);
    return JSON.parse(buffer.toString('utf8')) as Finding;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}
