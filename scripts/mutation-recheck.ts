/**
 * Re-runs the survivors of a Stryker report against named test files, one mutant at a time.
 *
 * Stryker's perTest coverage only sees code that runs inside a test body: the parity and
 * golden-verdict tests scan through the loopback AWS server once in `beforeAll`, so a
 * normalizer line they read is attributed to no test of theirs, and its mutants are run
 * against the few tests that happen to reach it in their bodies. This applies each
 * surviving (or not covered) mutant to the source file, runs the tests the map names for
 * that file, and records whether they fail. The file is restored after every mutant, and on
 * exit.
 *
 *   npx tsx scripts/mutation-recheck.ts reports/mutation/normalizers.json --map normalizers|rules [--files a.ts,b.ts] [--out FILE] [--quick-only]
 *
 * `--quick-only` re-runs a re-checked report's survivors against the quick tests alone: after
 * new case or shape tests, when the slow parity and golden tests already ran and did not change.
 *     -> reports/mutation/normalizers-rechecked.json (the same report, survivors re-judged)
 *
 * Every survivor is re-run, message text and removed `?.` included: the shape tests mapped
 * below assert the UNKNOWN reasons (which name the resource, for the auditor who reads them)
 * and feed the malformed and partial answers where a missing `?.` would throw. Several
 * `--files` runs (each in its own checkout, as they edit the sources) can be merged file by file.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Position {
  line: number;
  column: number;
}
interface Mutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  statusReason?: string;
  location: { start: Position; end: Position };
}
interface StrykerReport {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GOLDEN = 'test/sources/live/golden-verdicts.test.ts';

/** For each mutated file, the tests that read its code through the live or template pipeline. */
const MAPS: Record<string, Record<string, string[]>> = {
  normalizers: {
    'src/sources/live/services/ec2/normalize.ts': [
      'test/sources/live/ec2-security-group-shapes.test.ts',
      'test/sources/live/security-groups.test.ts',
      'test/rules/parity/ec2-network.test.ts',
      'test/rules/network/sg-exposure.test.ts',
      'test/rules/network/ec2-live-cases.test.ts',
      GOLDEN,
    ],
    'src/sources/template/normalize/network.ts': [
      'test/sources/template/network-shapes.test.ts',
      'test/rules/parity/ec2-network.test.ts',
      'test/rules/network-templates.test.ts',
      'test/rules/false-pass-templates.test.ts',
      'test/rules/network/sg-exposure.test.ts',
      'test/sources/template/normalize.test.ts',
    ],
    'src/sources/live/services/s3/normalize.ts': [
      'test/sources/live/s3-public-access-normalize-shapes.test.ts',
      'test/sources/live/s3-public-access-shapes.test.ts',
      'test/sources/live/s3-account-public-access.test.ts',
      'test/rules/parity/data-protection.test.ts',
      GOLDEN,
    ],
    'src/sources/live/services/s3/account-public-access.ts': [
      'test/sources/live/s3-public-access-normalize-shapes.test.ts',
      'test/sources/live/s3-account-public-access.test.ts',
      'test/rules/network/s3-account-public-access.test.ts',
      'test/rules/parity/data-protection.test.ts',
      GOLDEN,
    ],
    'src/sources/template/normalize/storage.ts': [
      'test/sources/template/storage-shapes.test.ts',
      'test/rules/parity/data-protection.test.ts',
      'test/rules/false-pass-templates.test.ts',
      'test/sources/template/normalize.test.ts',
    ],
    'src/sources/live/services/config/normalize.ts': [
      'test/sources/live/config-recorder-normalize-shapes.test.ts',
      'test/sources/live/config-recorder-shapes.test.ts',
      'test/rules/parity/posture-services.test.ts',
      'test/rules/account-controls.test.ts',
      GOLDEN,
    ],
    'src/sources/live/services/cloudfront/normalize.ts': [
      'test/sources/live/cloudfront-normalize-shapes.test.ts',
      'test/sources/live/cloudfront-shapes.test.ts',
      'test/sources/live/cloudfront-config-denial.test.ts',
      'test/rules/parity/cloudfront.test.ts',
      'test/rules/parity/tls-more.test.ts',
      'test/rules/parity/waf.test.ts',
      GOLDEN,
    ],
    'src/sources/template/normalize/edge.ts': [
      'test/sources/template/edge-shapes.test.ts',
      'test/rules/parity/cloudfront.test.ts',
      'test/rules/parity/tls-more.test.ts',
      'test/rules/parity/waf.test.ts',
      'test/rules/edge-and-trail-templates.test.ts',
      'test/sources/template/normalize.test.ts',
    ],
    'src/sources/live/services/cloudtrail/normalize.ts': [
      'test/sources/live/cloudtrail-shapes.test.ts',
      'test/rules/parity/cloudtrail-more.test.ts',
      'test/rules/parity/cloudtrail-bedrock.test.ts',
      'test/rules/parity/monitoring.test.ts',
      'test/sources/cloudtrail-selectors.test.ts',
      GOLDEN,
    ],
    'src/sources/template/normalize/trail.ts': [
      'test/sources/template/trail-shapes.test.ts',
      'test/rules/parity/cloudtrail-more.test.ts',
      'test/rules/edge-and-trail-templates.test.ts',
    ],
    'src/sources/live/services/iam/normalize.ts': [
      'test/sources/live/password-policy-normalize-shapes.test.ts',
      'test/sources/live/password-policy-shapes.test.ts',
      'test/rules/parity/identity.test.ts',
      'test/rules/identity/account-settings.test.ts',
      GOLDEN,
    ],
  },
};

const RULE_TESTS = 'test/rules';

/**
 * The rules' map, derived: a rule file meets every rule test that names or imports it (its
 * case table, the parity tests' `parityCases('<id>', ...)`, the template tests that scan in `beforeAll`)
 * and the golden verdicts of the sample account; a shared reading in rules/lib meets
 * those of every rule that imports it.
 */
export function rulesMap(files: readonly string[]): Record<string, string[]> {
  const ruleTests = readdirSync(join(ROOT, RULE_TESTS), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `${RULE_TESTS}/${name}`)
    .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
  const ruleFiles = readdirSync(join(ROOT, 'rules'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'lib')
    .flatMap((family) =>
      readdirSync(join(ROOT, 'rules', family.name))
        .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
        .map((name) => `rules/${family.name}/${name}`),
    );
  const ruleIdsOf = (file: string): string[] => {
    if (!file.startsWith('rules/lib/')) return [basename(file, '.ts')];
    const imported = `lib/${basename(file, '.ts')}.js'`;
    const users = ruleFiles
      .filter((rule) => readFileSync(join(ROOT, rule), 'utf8').includes(imported))
      .map((rule) => basename(rule, '.ts'));
    // Its own unit table imports it as `.../lib/<name>.js`.
    return [basename(file, '.ts'), ...users];
  };
  return Object.fromEntries(
    files.map((file) => {
      const ids = ruleIdsOf(file);
      const tests = ruleTests
        .filter((test) => ids.some((id) => test.text.includes(`'${id}'`) || test.text.includes(`/${id}.js'`)))
        .map((test) => test.path);
      return [file, [...tests, GOLDEN]];
    }),
  );
}

/** Whether `tests` pass: Survived, Killed (a test failed) or Timeout. */
function run(tests: string[]): 'Survived' | 'Killed' | 'Timeout' {
  const result = spawnSync('npx', ['vitest', 'run', '--bail', '1', ...tests], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    // A mutant that makes a scan loop forever is detected, as Stryker counts a timeout.
    timeout: 300_000,
  });
  return result.status === 0 ? 'Survived' : result.status === null ? 'Timeout' : 'Killed';
}

/** Shape tests and a rule's own case tables: seconds, where the parity and golden tests take a minute under load. */
function isQuick(test: string): boolean {
  return (
    test.endsWith('-shapes.test.ts') ||
    (test.startsWith(`${RULE_TESTS}/`) && !test.startsWith(`${RULE_TESTS}/parity/`) && test !== GOLDEN)
  );
}

/**
 * A mutant's status against its mapped tests. The quick ones go first; only a mutant they do
 * not kill is run against the rest. Same verdict as running them all at once.
 */
function statusAgainst(tests: string[], quickOnly: boolean): 'Survived' | 'Killed' | 'Timeout' {
  const quick = tests.filter(isQuick);
  if (quickOnly) return quick.length === 0 ? 'Survived' : run(quick);
  const rest = tests.filter((test) => !quick.includes(test));
  if (quick.length === 0 || rest.length === 0) return run(tests);
  const first = run(quick);
  return first === 'Survived' ? run(rest) : first;
}

/** Character offset of a 1-based line and column. */
function offsetOf(source: string, position: Position): number {
  let offset = 0;
  for (let line = 1; line < position.line; line += 1) offset = source.indexOf('\n', offset) + 1;
  return offset + position.column - 1;
}

function main(argv: string[]): void {
  const valueAt = (flag: string): number => {
    const at = argv.indexOf(flag);
    return at >= 0 ? at + 1 : -1;
  };
  const flagValues = [valueAt('--map'), valueAt('--files'), valueAt('--out')];
  const quickOnly = argv.includes('--quick-only');
  const [mapName, filesList, outFile] = flagValues.map((at) => (at >= 0 ? argv[at] : undefined));
  const onlyFiles = filesList === undefined ? undefined : new Set(filesList.split(','));
  const reportFile = argv.find((arg, index) => !arg.startsWith('--') && !flagValues.includes(index));
  const names = [...Object.keys(MAPS), 'rules'];
  if (reportFile === undefined || mapName === undefined || !names.includes(mapName)) {
    process.stderr.write(`usage: mutation-recheck.ts REPORT.json --map ${names.join('|')}\n`);
    process.exitCode = 2;
    return;
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as StrykerReport;
  const map = mapName === 'rules' ? rulesMap(Object.keys(report.files)) : MAPS[mapName]!;
  const originals = new Map<string, string>();
  const restoreAll = (): void => {
    for (const [file, text] of originals) writeFileSync(join(ROOT, file), text);
  };
  process.on('exit', restoreAll);
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));

  for (const [file, { mutants }] of Object.entries(report.files)) {
    if (onlyFiles !== undefined && !onlyFiles.has(file)) continue;
    const tests = map[file];
    const pending = mutants.filter(
      (mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage',
    );
    if (pending.length === 0) continue;
    if (tests === undefined) {
      process.stderr.write(`mutation-recheck: no tests mapped for ${file}; its survivors stay as they are\n`);
      continue;
    }
    const original = readFileSync(join(ROOT, file), 'utf8');
    if (original !== report.files[file]!.source) {
      process.stderr.write(
        `mutation-recheck: ${file} changed since the report; its survivors stay as they are\n`,
      );
      continue;
    }
    originals.set(file, original);
    for (const mutant of pending) {
      const start = offsetOf(original, mutant.location.start);
      const end = offsetOf(original, mutant.location.end);
      writeFileSync(
        join(ROOT, file),
        original.slice(0, start) + (mutant.replacement ?? '') + original.slice(end),
      );
      const status = statusAgainst(tests, quickOnly);
      const before = mutant.status;
      mutant.status = status;
      mutant.statusReason = quickOnly
        ? `re-checked against ${tests.filter(isQuick).join(', ')} (was ${before} after the parity and golden tests)`
        : `re-checked against ${tests.join(', ')} (was ${before} under perTest coverage)`;
      process.stdout.write(
        `${mutant.status.padEnd(8)} ${file}:${mutant.location.start.line} ${mutant.mutatorName}\n`,
      );
    }
    writeFileSync(join(ROOT, file), original);
  }
  restoreAll();
  const out = outFile ?? reportFile.replace(/\.json$/, '-rechecked.json');
  writeFileSync(out, `${JSON.stringify(report)}\n`);
  process.stdout.write(`wrote ${out}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
