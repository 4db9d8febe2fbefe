/**
 * Parameter values are checked as `aws cloudformation deploy` checks them, and
 * an UNKNOWN caused by something the scan did not include says what to do.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { ScanResult } from '../../src/engine/finding.js';
import { MISSING_RESOURCE_HINT } from '../../src/engine/next-steps.js';
import { oneErrorLine, runCli } from './capture.js';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;
let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'soc2-parameters-'));
  await writeFile(
    join(cwd, 'subnets.yaml'),
    `Parameters:
  Zones:
    Type: CommaDelimitedList
    AllowedValues: [a, b, c]
    Default: a
  Password:
    Type: String
    NoEcho: true
    AllowedValues: [hunter2-allowed]
Resources:
  Queue:
    Type: AWS::SQS::Queue
`,
  );
  await writeFile(
    join(cwd, 'imports.yaml'),
    `Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !ImportValue shared-key
`,
  );
  await writeFile(join(cwd, 'params.json'), '[{"ParameterKey": "Zonez", "ParameterValue": "a"}]');
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('--parameters checked as aws cloudformation deploy does', () => {
  it('a name that no scanned template declares is refused, naming those declared', async () => {
    const run = await runCli(['scan', '-t', 'keys.yaml', '-p', 'RotateLeger=true'], fixtures);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toBe(
      'soc2: --parameters: parameter RotateLeger is not declared by any scanned template (declared: RotateLedger)',
    );
  });

  it('a name from a parameter file is refused the same way, naming the file', async () => {
    const run = await runCli(['scan', '-t', 'subnets.yaml', '--parameter-file', 'params.json'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toBe(
      'soc2: params.json: parameter Zonez is not declared by any scanned template (declared: Password, Zones)',
    );
  });

  it('a value outside AllowedValues is refused', async () => {
    const run = await runCli(['scan', '-t', 'keys.yaml', '-p', 'RotateLedger=yes'], fixtures);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toBe(
      'soc2: --parameters: parameter RotateLedger: "yes" is not one of its AllowedValues in keys.yaml (true, false)',
    );
    const allowed = await runCli(['scan', '-t', 'keys.yaml', '-p', 'RotateLedger=true', '-q'], fixtures);
    expect(allowed.code).not.toBe(EXIT.badInput);
  });

  it('an AllowedValues entry that is a mapping is named, not a crash', async () => {
    await writeFile(
      join(cwd, 'odd-allowed.yaml'),
      'Parameters:\n  Mode:\n    Type: String\n    AllowedValues: [{ a: 1 }, fast]\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n',
    );
    const run = await runCli(['scan', '-t', 'odd-allowed.yaml', '-p', 'Mode=slow'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toMatch(
      /parameter Mode: "slow" is not one of its AllowedValues .*\{"a":1\}, fast/,
    );
  });

  it('each item of a list parameter must be allowed; a NoEcho value is never echoed', async () => {
    const list = await runCli(['scan', '-t', 'subnets.yaml', '-p', 'Zones=a,d'], cwd);
    expect(oneErrorLine(list)).toMatch(/parameter Zones: "d" is not one of its AllowedValues/);
    const secret = await runCli(['scan', '-t', 'subnets.yaml', '-p', 'Password=s3cr3t-value'], cwd);
    expect(secret.code).toBe(EXIT.badInput);
    expect(oneErrorLine(secret)).toMatch(
      /parameter Password: \(NoEcho value\) is not one of its AllowedValues/,
    );
    expect(secret.stderr).not.toContain('s3cr3t-value');
  });
});

describe('an UNKNOWN that names something missing from the scan says what to do next', () => {
  it('adds: add the template that defines it, pin a parameter, or suppress', async () => {
    const run = await runCli(['scan', '-t', 'imports.yaml', '-f', 'json'], cwd);
    const result = JSON.parse(run.stdout) as ScanResult;
    const unknown = result.findings.filter(
      (finding) => finding.status === 'UNKNOWN' && /not in the scanned templates/.test(finding.message),
    );
    expect(unknown.length).toBeGreaterThan(0);
    for (const finding of unknown) expect(finding.message).toContain(MISSING_RESOURCE_HINT);
    expect(run.stderr).toContain('add the template that defines it to the scan (-t)');
  });
});
