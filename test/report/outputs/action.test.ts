/**
 * The composite GitHub Action (action.yml): its shape, the actions it pins,
 * and its shell steps run for real with bash, the way the runner runs them
 * (`bash -e -o pipefail`), against the CLI built from these sources. `npx` is
 * replaced by a stand-in that runs the sources, so no registry is involved.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../../src/version.js';
import { runCli } from '../../cli/capture.js';

const run = promisify(execFile);

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const FIXTURES = join(PACKAGE_ROOT, 'test', 'cli', 'fixtures');
const TSX = join(PACKAGE_ROOT, 'node_modules', '.bin', 'tsx');
/** The newest major of each action the README and action.yml use (checked November 2026). */
const CURRENT_MAJORS = [
  'actions/checkout@v7',
  'actions/setup-node@v7',
  'actions/upload-artifact@v7',
  'aws-actions/configure-aws-credentials@v6',
  'github/codeql-action/upload-sarif@v4',
];
const ENTRY = join(PACKAGE_ROOT, 'test', 'report', 'outputs', 'fixtures', 'soc2-from-source.ts');

let action: Action;

function step(name: string): Step {
  const found = action.runs.steps.find((entry) => entry.name === name);
  if (!found) throw new Error(`no step "${name}"`);
  return found;
}

/** `${{ inputs.x }}` and `${{ steps.scan.outputs.y }}` as the runner would substitute them. */
function expand(
  value: string,
  context: { inputs: Record<string, string>; outputs: Record<string, string> },
): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_match, expression: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input) return context.inputs[input[1]!] ?? '';
    const output = /^steps\.scan\.outputs\.([\w-]+)$/.exec(expression);
    if (output) return context.outputs[output[1]!] ?? '';
    throw new Error(`unexpected expression ${expression}`);
  });
}

function parseOutputs(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

interface ActionRun {
  outputs: Record<string, string>;
  summary: string;
  verdictCode: number;
  verdictLog: string;
}

/** Runs the scan, summary and verdict steps with the given inputs, like a job would. */
async function runAction(inputs: Record<string, string>, workDir: string): Promise<ActionRun> {
  const defaults = Object.fromEntries(
    Object.entries(action.inputs).map(([key, input]) => [key, input.default ?? '']),
  );
  const context = {
    inputs: { ...defaults, 'working-directory': FIXTURES, ...inputs },
    outputs: {} as Record<string, string>,
  };
  const githubOutput = join(workDir, 'github-output');
  const stepSummary = join(workDir, 'step-summary.md');
  await writeFile(githubOutput, '');
  await writeFile(stepSummary, '');
  const bin = join(workDir, 'bin');
  await run('mkdir', ['-p', bin]);
  const npx = join(bin, 'npx');
  await writeFile(
    npx,
    [
      '#!/usr/bin/env bash',
      '# Stands in for `npx --yes soc2-evidence[@version]`: the CLI from these sources.',
      'while [ "$1" = --yes ]; do shift; done',
      'case "$1" in soc2-evidence|soc2-evidence@*) shift ;; *) echo "unexpected package $1" >&2; exit 99 ;; esac',
      `exec "${TSX}" "${ENTRY}" "$@"`,
      '',
    ].join('\n'),
  );
  await chmod(npx, 0o755);

  const execStep = async (target: Step): Promise<{ code: number; stdout: string }> => {
    const env = Object.fromEntries(
      Object.entries(target.env ?? {}).map(([key, value]) => [key, expand(value, context)]),
    );
    const cwd = target['working-directory'] ? expand(target['working-directory'], context) : FIXTURES;
    try {
      const result = await run('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', target.run!], {
        cwd,
        env: {
          ...process.env,
          ...env,
          PATH: `${bin}:${process.env.PATH}`,
          GITHUB_OUTPUT: githubOutput,
          GITHUB_STEP_SUMMARY: stepSummary,
        },
      });
      return { code: 0, stdout: result.stdout };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string };
      return { code: failed.code ?? -1, stdout: failed.stdout ?? '' };
    }
  };

  const scan = await execStep(step('SOC 2 checks'));
  expect(scan.code).toBe(0);
  context.outputs = parseOutputs(await readFile(githubOutput, 'utf8'));
  await execStep(step('Job summary'));
  const verdict = await execStep(step('Verdict'));
  return {
    outputs: context.outputs,
    summary: await readFile(stepSummary, 'utf8'),
    verdictCode: verdict.code,
    verdictLog: verdict.stdout,
  };
}

beforeAll(async () => {
  action = load(await readFile(join(PACKAGE_ROOT, 'action.yml'), 'utf8')) as Action;
});

describe('action.yml', () => {
  it('is a composite action whose shell steps name their shell', () => {
    expect(action.runs.using).toBe('composite');
    for (const entry of action.runs.steps) {
      if (entry.run !== undefined) expect(entry.shell, entry.name).toBe('bash');
      else expect(entry.uses, entry.name).toBeDefined();
    }
  });

  it('pins the current major versions of the actions it uses', () => {
    const uses = action.runs.steps.flatMap((entry) => (entry.uses ? [entry.uses] : []));
    expect(uses).toEqual(['actions/setup-node@v7', 'github/codeql-action/upload-sarif@v4']);
    for (const entry of uses) expect(CURRENT_MAJORS).toContain(entry);
  });

  it('the README workflows parse, pin the current majors, and pass soc2 scan only flags it has', async () => {
    const readme = await readFile(join(PACKAGE_ROOT, 'README.md'), 'utf8');
    const workflows = [...readme.matchAll(/```yaml\n(# \.github\/workflows\/[\s\S]*?)```/g)].map(
      (match) => load(match[1]!) as { jobs: Record<string, { steps: Step[] }> },
    );
    expect(workflows.length).toBeGreaterThanOrEqual(3);
    const steps = workflows.flatMap((workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps));
    const pinned = steps.flatMap((entry) =>
      entry.uses && !entry.uses.startsWith('OWNER/') ? [entry.uses] : [],
    );
    expect(pinned.length).toBeGreaterThanOrEqual(7);
    for (const entry of pinned) expect(CURRENT_MAJORS).toContain(entry);
    const help = await runCli(['scan', '--help'], FIXTURES);
    const scans = steps.flatMap((entry) => (entry.run?.includes('soc2 scan') ? [entry.run] : []));
    expect(scans.length).toBeGreaterThanOrEqual(2);
    for (const command of scans) {
      for (const [, flag] of command.matchAll(/\s(--[a-z][a-z-]*)/g)) expect(help.stdout).toContain(flag);
    }
    const ours = steps.find((entry) => entry.uses?.startsWith('OWNER/soc2-evidence'))!;
    for (const input of Object.keys(ours.with!)) expect(Object.keys(action.inputs)).toContain(input);
  });

  it('passes inputs to scripts through env, never spliced into the script', () => {
    for (const entry of action.runs.steps) {
      if (entry.run !== undefined) expect(entry.run, entry.name).not.toContain('${{');
    }
  });

  it('every flag the scan step passes exists in `soc2 scan --help`, and every --format it writes is accepted', async () => {
    const help = await runCli(['scan', '--help'], FIXTURES);
    const script = step('SOC 2 checks').run!;
    const command = script.split('\n').find((line) => line.includes(' scan --template'))!;
    const flags = [...command.matchAll(/\s(--[a-z][a-z-]*)/g)].map((match) => match[1]!);
    expect(flags).toEqual(expect.arrayContaining(['--template', '--out', '--format', '--fail-on']));
    for (const flag of flags.filter((flag) => flag !== '--yes')) expect(help.stdout).toContain(flag);
    const formats = /formats="([^"$]+)/.exec(script)![1]!.split(',');
    const refused = await runCli(
      ['scan', '-t', 'keys.yaml', '--out', tmpdir(), '--format', 'nosuch'],
      FIXTURES,
    );
    const accepted = /choose from ([^)]+)\)/.exec(refused.stderr)![1]!.split(', ');
    expect(accepted).toEqual(expect.arrayContaining(formats));
  });

  it("the fail-on input lists exactly the CLI's --fail-on choices, new among them", async () => {
    const refused = await runCli(
      ['scan', '-t', 'keys.yaml', '--out', tmpdir(), '--fail-on', 'nosuch'],
      FIXTURES,
    );
    const choices = /is not one of ([a-z, ]+)/.exec(refused.stderr)![1]!.trim().split(', ');
    expect(choices).toContain('new');
    const described = /\(([a-z]+(?:, [a-z]+)+)\)/.exec(action.inputs['fail-on']!.description)![1]!;
    expect(described.split(', ')).toEqual(choices);
  });

  it('uploads the SARIF of the pack this run wrote, and the summary and verdict run even after a failure', () => {
    const upload = step('Upload SARIF to code scanning');
    expect(upload.with!.sarif_file).toBe('${{ steps.scan.outputs.pack }}/results.sarif');
    expect(upload.if).toContain('always()');
    expect(step('Job summary').if).toBe('always()');
    expect(step('Verdict').if).toBe('always()');
  });

  describe('run against a template with a failure, an unknown and a suppression', () => {
    let workDir: string;
    beforeAll(async () => {
      workDir = await mkdtemp(join(tmpdir(), 'soc2-action-'));
    });
    afterAll(async () => {
      await rm(workDir, { recursive: true, force: true });
    });

    it('writes the pack, a job summary with each failure and its fix, and fails the job with the scan exit code', async () => {
      const out = join(workDir, 'reports');
      const result = await runAction(
        { path: 'keys.yaml', out, args: '--rules kms-key-rotation', format: 'ocsf' },
        workDir,
      );
      expect(result.outputs['exit-code']).toBe('1');
      const pack = result.outputs.pack!;
      expect(pack.startsWith(out)).toBe(true);
      for (const file of ['results.sarif', 'findings.json', 'summary.md', 'findings.ocsf.json']) {
        await expect(readFile(join(pack, file), 'utf8')).resolves.toBeTruthy();
      }
      expect(result.summary).toContain('### Failing (1)');
      expect(result.summary).toContain('**Fix:** Enable automatic rotation');
      expect(result.summary).toMatch(
        /^\| [^|]*keys\/StaleKey[^|]*keys\.yaml:12[^|]* \| automatic rotation is disabled \|$/m,
      );
      expect(result.summary).toContain('Gate: `--fail-on info`, exit code 1.');
      expect(result.verdictCode).toBe(1);
      expect(result.verdictLog).toContain('::error title=SOC 2 checks::failures at or above info');
    });

    it('a gate above the failure leaves the unknown: exit 3, said as incomplete evidence', async () => {
      const result = await runAction(
        {
          path: 'keys.yaml',
          out: join(workDir, 'gated'),
          args: '--rules kms-key-rotation',
          'fail-on': 'high',
        },
        workDir,
      );
      expect(result.outputs['exit-code']).toBe('3');
      expect(result.verdictCode).toBe(3);
      expect(result.summary).toContain('Gate: `--fail-on high`, exit code 3.');
    });

    it('fail-on new: a failure already in the baseline passes; with no baseline every failure is new', async () => {
      const nightly = join(workDir, 'nightly');
      const first = await runAction(
        { path: 'keys.yaml', out: nightly, args: '--rules kms-key-rotation' },
        workDir,
      );
      expect(first.outputs['exit-code']).toBe('1');
      const again = await runAction(
        {
          path: 'keys.yaml',
          out: nightly,
          args: `--rules kms-key-rotation --baseline ${first.outputs.pack!}`,
          'fail-on': 'new',
        },
        workDir,
      );
      expect(again.outputs['exit-code']).toBe('0');
      expect(again.verdictCode).toBe(0);
      expect(again.verdictLog).toContain('SOC 2 checks passed (gate: new)');
      expect(again.summary).toContain('Gate: `--fail-on new`, exit code 0.');
      const fresh = await runAction(
        {
          path: 'keys.yaml',
          out: join(workDir, 'fresh'),
          args: '--rules kms-key-rotation',
          'fail-on': 'NEW',
        },
        workDir,
      );
      expect(fresh.outputs['exit-code']).toBe('1');
      expect(fresh.verdictCode).toBe(1);
      expect(fresh.verdictLog).toContain('::error title=SOC 2 checks::failures new since the baseline');
    });

    it('bad input: no pack, a summary that says the scan did not finish, and the job fails with exit 2', async () => {
      const result = await runAction({ path: 'missing.yaml', out: join(workDir, 'bad') }, workDir);
      expect(result.outputs['exit-code']).toBe('2');
      expect(result.outputs.pack).toBeUndefined();
      expect(result.summary).toContain('did not run to the end');
      expect(result.verdictCode).toBe(2);
    });
  });
});
