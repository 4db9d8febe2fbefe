/**
 * Reads Stryker's JSON report (reports/mutation/mutation.json, written by
 * `npm run mutation`; or several reports of partial runs, merged) and records the score in bench/results/mutation.json and
 * bench/results/mutation.md: totals, the score per file and every surviving
 * mutant. The Markdown keeps everything from its "## Review" heading on, where
 * a person notes which survivors would turn a non-compliant input into PASS.
 *
 *   npx tsx scripts/mutation-score.ts [report.json ...] [--scope "what was mutated"] [--name NAME]
 *
 * `--name normalizers` writes bench/results/mutation-normalizers.json and .md instead, so
 * runs over different code (facts, normalizers, rules) each keep their own record.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

type MutantStatus =
  'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';

interface Mutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: MutantStatus;
  location: { start: { line: number; column: number } };
}

interface StrykerReport {
  files: Record<string, { mutants: Mutant[] }>;
}

interface Counts {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  errors: number;
  ignored: number;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench', 'results');

function count(mutants: readonly Mutant[]): Counts {
  const of = (...statuses: MutantStatus[]): number =>
    mutants.filter((mutant) => statuses.includes(mutant.status)).length;
  return {
    killed: of('Killed'),
    timeout: of('Timeout'),
    survived: of('Survived'),
    noCoverage: of('NoCoverage'),
    errors: of('CompileError', 'RuntimeError'),
    ignored: of('Ignored', 'Pending'),
  };
}

/** Stryker's definition: detected (killed or timed out) over valid (detected, survived, no coverage). */
function score(counts: Counts): number | null {
  const detected = counts.killed + counts.timeout;
  const valid = detected + counts.survived + counts.noCoverage;
  return valid === 0 ? null : Math.round((detected / valid) * 10_000) / 100;
}

function oneLine(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

/** Markdown inline code that survives a backtick in the text (an empty template literal is a common replacement). */
function inlineCode(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

function main(argv: string[]): void {
  const valueOf = (flag: string): { value: string | undefined; at: number } => {
    const at = argv.indexOf(flag);
    return { value: at >= 0 ? argv[at + 1] : undefined, at: at >= 0 ? at + 1 : -1 };
  };
  const scope = valueOf('--scope');
  const name = valueOf('--name');
  if (name.value !== undefined && !/^[a-z0-9-]+$/.test(name.value)) {
    process.stderr.write(`mutation-score: --name must be lower-case letters, digits and dashes\n`);
    process.exitCode = 2;
    return;
  }
  const baseName = name.value === undefined ? 'mutation' : `mutation-${name.value}`;
  const reportFiles = argv.filter(
    (arg, index) => !arg.startsWith('--') && index !== scope.at && index !== name.at,
  );
  if (reportFiles.length === 0) reportFiles.push(join(ROOT, 'reports', 'mutation', 'mutation.json'));
  const reports = reportFiles.map((file) => JSON.parse(readFileSync(file, 'utf8')) as StrykerReport);

  const files = reports
    .flatMap((report) => Object.entries(report.files))
    .map(([file, { mutants }]) => ({ file: relative(ROOT, join(ROOT, file)), mutants }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const all = files.flatMap(({ mutants }) => mutants);
  const totals = count(all);
  const survivors = files.flatMap(({ file, mutants }) =>
    mutants
      .filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage')
      .map((mutant) => ({
        file,
        line: mutant.location.start.line,
        status: mutant.status,
        mutator: mutant.mutatorName,
        replacement: oneLine(mutant.replacement),
      })),
  );
  const result = {
    recordedAt: new Date().toISOString(),
    scope: scope.value ?? 'stryker.config.mjs mutate globs',
    score: score(totals),
    totals: { mutants: all.length, ...totals },
    files: files.map(({ file, mutants }) => ({ file, score: score(count(mutants)), ...count(mutants) })),
    survivors,
  };
  writeFileSync(join(RESULTS, `${baseName}.json`), `${JSON.stringify(result, null, 2)}\n`);

  const markdownFile = join(RESULTS, `${baseName}.md`);
  const previous = existsSync(markdownFile) ? readFileSync(markdownFile, 'utf8') : '';
  const reviewAt = previous.indexOf('\n## Review');
  const review = reviewAt >= 0 ? previous.slice(reviewAt + 1) : '## Review\n\n(not reviewed yet)\n';
  const lines = [
    '# Mutation score (Stryker)',
    '',
    `Recorded ${result.recordedAt} by scripts/mutation-score.ts from ${reportFiles.map((file) => relative(ROOT, file)).join(', ')}. Scope: ${result.scope}.`,
    '',
    `**Score ${result.score ?? 'n/a'}%**: ${totals.killed} killed, ${totals.timeout} timed out, ` +
      `${totals.survived} survived, ${totals.noCoverage} not covered, ${totals.errors} compile/runtime errors, ` +
      `${totals.ignored} ignored (static: run only at import time), ` +
      `${all.length} mutants.`,
    '',
    '| File | Score | Killed | Timeout | Survived | No coverage |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...result.files.map(
      (f) =>
        `| ${f.file} | ${f.score ?? 'n/a'} | ${f.killed} | ${f.timeout} | ${f.survived} | ${f.noCoverage} |`,
    ),
    '',
    '## Survivors',
    '',
    '| File:line | Status | Mutator | Replacement |',
    '| --- | --- | --- | --- |',
    ...survivors.map(
      (s) =>
        `| ${s.file}:${s.line} | ${s.status} | ${s.mutator} | ${inlineCode(s.replacement.replace(/\|/g, '\\|'))} |`,
    ),
    '',
    review.trimEnd(),
    '',
  ];
  writeFileSync(markdownFile, lines.join('\n'));
  process.stdout.write(`mutation score ${result.score ?? 'n/a'}% (${all.length} mutants) -> ${RESULTS}\n`);
}

main(process.argv.slice(2));
