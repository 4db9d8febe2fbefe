import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { oneErrorLine, runCli } from './capture.js';

const cwd = new URL('./fixtures/', import.meta.url).pathname;

describe('soc2 usage', () => {
  it('--help lists the commands and exits 0', async () => {
    const run = await runCli(['--help'], cwd);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stderr).toBe('');
    for (const command of ['scan', 'policy', 'report', 'verify']) expect(run.stdout).toContain(command);
  });

  it('scan --help documents the exit-code flags', async () => {
    const run = await runCli(['scan', '--help'], cwd);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain('--fail-on');
    expect(run.stdout).toContain('--fail-on-unknown');
    expect(run.stdout).toContain('--suppressions');
  });

  it.each([
    ['an unknown flag', ['scan', '--template', 'rotated.yaml', '--bogus'], /Unknown argument: bogus/],
    ['an unknown command', ['scna'], /unknown command "scna"; did you mean "scan"\?/],
    ['no command', [], /name a command/],
    ['a bad --format', ['scan', '-t', 'rotated.yaml', '--format', 'xml'], /unknown --format "xml"/],
    [
      'a bad --format in a list',
      ['scan', '-t', 'rotated.yaml', '-f', 'json,pdff'],
      /unknown --format "pdff"/,
    ],
    [
      'two formats to stdout (no --out)',
      ['scan', '-t', 'rotated.yaml', '-f', 'sarif,json'],
      /without --out DIR, choose one --format to write to stdout \(json, sarif, junit, markdown, ocsf, asff\)/,
    ],
    ['html to stdout', ['scan', '-t', 'rotated.yaml', '-f', 'html'], /html and pdf need --out DIR/],
    ['--out - without a --format', ['scan', '-t', 'rotated.yaml', '--out', '-'], /choose one --format/],
    ['an empty --template (unset CI variable)', ['scan', '--template', ''], /--template is empty/],
    ['an empty -t among flags', ['scan', '-t', '', '--quiet'], /--template is empty/],
    ['--fail-on bogus', ['scan', '-t', 'rotated.yaml', '--fail-on', 'bogus'], /fail-on.*bogus/],
    [
      '--parameters without =',
      ['scan', '-t', 'rotated.yaml', '--parameters', 'RotateLedger'],
      /--parameters expects KEY=VALUE, got "RotateLedger"/,
    ],
    [
      '--parameters with an empty key',
      ['scan', '-t', 'rotated.yaml', '-p', '=true'],
      /--parameters expects KEY=VALUE/,
    ],
    [
      'two sources',
      ['scan', '-t', 'rotated.yaml', '--snapshot', 'x.json'],
      /choose one of --template, --snapshot or --sample/,
    ],
    [
      'an unknown rule id',
      ['scan', '-t', 'rotated.yaml', '--rules', 'kms-rotation'],
      /unknown rule id "kms-rotation" in --rules/,
    ],
    [
      'a missing suppressions file',
      ['scan', '-t', 'rotated.yaml', '--suppressions', 'nope.yaml'],
      /suppressions file nope\.yaml: file not found/,
    ],
  ])('%s exits 2 with one clean line on stderr', async (_name, args, message) => {
    const run = await runCli(args, cwd);
    expect(run.code).toBe(EXIT.badInput);
    const line = oneErrorLine(run);
    expect(line).toMatch(message);
    expect(line).not.toMatch(/\s{2}/);
    expect(run.stdout).toBe('');
  });
});
