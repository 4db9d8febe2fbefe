/**
 * `soc2 diff OLD NEW`: what changed between two runs (pack folders or
 * findings.json files). The exit code follows --fail-on like a scan's, or with
 * `--fail-on new` only regressions: new failures (1) and evidence newly lost (3).
 */
import { resolve } from 'node:path';
import type { ChangeSummary } from '../engine/changes.js';
import type { Finding } from '../engine/finding.js';
import { InputError } from '../errors.js';
import type { DiffInput } from '../history/diff.js';
import { EXIT, exitCodeFor, type FailOn } from './exit-codes.js';
import type { Io } from './io.js';

export const DIFF_FORMATS = ['console', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffOptions {
  old: string;
  new: string;
  format: DiffFormat;
  failOn: FailOn | 'new';
  failOnUnknown: boolean;
}

async function readSide(path: string, role: 'OLD' | 'NEW', io: Io): Promise<DiffInput & { packDir: string }> {
  const { locateFindings } = await import('../report/pack/rerender.js');
  const { readFindingsFile } = await import('../report/pack/findings-file.js');
  let file: string;
  let packDir: string;
  try {
    ({ file, packDir } = await locateFindings(resolve(io.cwd, path)));
  } catch {
    throw new InputError(`diff ${role} ${path}: no such pack folder or findings.json`);
  }
  try {
    return { result: (await readFindingsFile(file)).result, source: file, packDir };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const reason = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
    throw new InputError(`diff ${role} ${file}: not a readable findings.json (${reason})`);
  }
}

/**
 * `--fail-on new`: 1 when something fails that did not fail before, else 3
 * when evidence readable before is not now (with --fail-on-unknown), else 0.
 * Old failures and old gaps do not turn a nightly job red again.
 */
export function exitCodeForRegressions(
  changes: ChangeSummary | undefined,
  findings: readonly Finding[],
  failOnUnknown: boolean,
): number {
  if (changes === undefined) {
    // No earlier run: every failure and every gap is new.
    return exitCodeFor(findings, { failOn: 'info', failOnUnknown });
  }
  if (changes.newFailures.length > 0) return EXIT.failures;
  if (failOnUnknown && changes.newlyIncomplete.length > 0) return EXIT.incomplete;
  return EXIT.ok;
}

export async function runDiff(options: DiffOptions, io: Io): Promise<number> {
  const [older, newer] = [await readSide(options.old, 'OLD', io), await readSide(options.new, 'NEW', io)];
  const { diffScans } = await import('../history/diff.js');
  const render = await import('../history/diff-render.js');
  const { failingStreakStarts } = await import('../history/first-seen.js');
  const report = diffScans(
    older,
    newer,
    await failingStreakStarts(older.packDir, older.result.scan.startedAt),
  );
  if (options.format === 'json') io.stdout.write(render.renderDiffJson(report));
  else if (options.format === 'markdown') io.stdout.write(render.renderDiffMarkdown(report));
  else io.stdout.write(render.renderDiffConsole(report));
  if (options.failOn === 'new') {
    return exitCodeForRegressions(report.changes, newer.result.findings, options.failOnUnknown);
  }
  return exitCodeFor(newer.result.findings, { failOn: options.failOn, failOnUnknown: options.failOnUnknown });
}
