/**
 * Rule settings (`scan --settings FILE`): a team's thresholds and allow-lists
 * change verdicts and are recorded with them; a rule that needs a setting it
 * was not given is not evaluated, never judged on an invented value.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/engine/finding.js';
import { validate } from '../report/outputs/json-schema-subset.js';
import { oneErrorLine, runCli } from './capture.js';
import { readFileSync } from 'node:fs';
import { PACKAGE_ROOT } from '../../src/version.js';

const EDGE_VPC = 'vpc-0a1b2c3d4e5f60718';
const OTHER_VPC = 'vpc-0fedcba9876543210';

const GATEWAY = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Gateway:
    Type: AWS::EC2::InternetGateway
  Attachment:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { InternetGatewayId: !Ref Gateway, VpcId: ${OTHER_VPC} }
`;

const RULE = 'internet-gateway-authorized-vpcs';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soc2-rule-settings-'));
  writeFileSync(join(dir, 'gateway.yaml'), GATEWAY);
  writeFileSync(join(dir, 'edge-only.yaml'), `rules:\n  ${RULE}:\n    authorizedVpcIds: [${EDGE_VPC}]\n`);
  writeFileSync(
    join(dir, 'both.json'),
    JSON.stringify({ rules: { [RULE]: { authorizedVpcIds: [EDGE_VPC, OTHER_VPC] } } }),
  );
});

async function jsonScan(...args: string[]): Promise<{ code: number; result: ScanResult; stderr: string }> {
  const run = await runCli(['scan', '--template', 'gateway.yaml', ...args, '--format', 'json'], dir);
  return { code: run.code, result: JSON.parse(run.stdout) as ScanResult, stderr: run.stderr };
}

const verdictOf = (result: ScanResult) =>
  result.findings.filter((finding) => finding.ruleId === RULE).map((finding) => finding.status);

describe('scan --settings', () => {
  it('judges internet gateways against the allow-list it gives, and records it', async () => {
    const { code, result } = await jsonScan('--rules', RULE, '--settings', 'edge-only.yaml');
    expect(code).toBe(1);
    expect(verdictOf(result)).toEqual(['FAIL']);
    expect(result.rules.find((rule) => rule.id === RULE)?.settings).toEqual({ authorizedVpcIds: [EDGE_VPC] });
    expect(result.scan.parameters).toMatchObject({ settingsFile: 'edge-only.yaml' });
    const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'docs/findings.schema.json'), 'utf8'));
    expect(validate(schema, result)).toEqual([]);

    const widened = await jsonScan('--rules', RULE, '--settings', 'both.json');
    expect(widened.code).toBe(0);
    expect(verdictOf(widened.result)).toEqual(['PASS']);
  });

  it('without the setting, the rule is not evaluated and says which setting it needs', async () => {
    const run = await runCli(['scan', '--template', 'gateway.yaml'], dir);
    expect(run.stdout).toContain(`${RULE}`);
    expect(run.stdout).toContain('needs the setting "authorizedVpcIds", which no settings file gave');
    const { result } = await jsonScan();
    expect(verdictOf(result)).toEqual([]);
  });

  it('named with --rules but not given its setting, the run is incomplete (exit 3), never PASS', async () => {
    const { code, result } = await jsonScan('--rules', RULE);
    expect(code).toBe(3);
    expect(verdictOf(result)).toEqual(['UNKNOWN']);
    expect(result.findings[0]?.message).toContain('needs the setting "authorizedVpcIds"');
  });

  it.each([
    [
      'unknown rule id',
      `rules:\n  internet-gateway-authorised-vpcs:\n    authorizedVpcIds: [${EDGE_VPC}]\n`,
      `unknown rule id "internet-gateway-authorised-vpcs"; did you mean "${RULE}"?`,
    ],
    [
      'a rule without settings',
      'rules:\n  kms-key-rotation:\n    days: 3\n',
      'rule kms-key-rotation has no settings',
    ],
    [
      'an unknown setting',
      `rules:\n  ${RULE}:\n    authorizedVpcs: [${EDGE_VPC}]\n`,
      `rule ${RULE} has no setting "authorizedVpcs"; did you mean "authorizedVpcIds"?`,
    ],
    [
      'a malformed VPC id',
      `rules:\n  ${RULE}:\n    authorizedVpcIds: [vpc-12]\n`,
      '"vpc-12" is neither a VPC id',
    ],
    ['an empty list', `rules:\n  ${RULE}:\n    authorizedVpcIds: []\n`, 'expected a list of VPC ids'],
    ['an unknown top-level key', 'rule: {}\n', 'unknown top-level key "rule"'],
    ['invalid YAML', 'rules: [\n', 'invalid YAML/JSON'],
    ['an empty file', '\n', 'file is empty'],
  ])('refuses %s with one line and exit 2', async (_name, content, expected) => {
    writeFileSync(join(dir, 'bad.yaml'), content);
    const run = await runCli(['scan', '--template', 'gateway.yaml', '--settings', 'bad.yaml'], dir);
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toContain(`settings file bad.yaml: `);
    expect(oneErrorLine(run)).toContain(expected);
  });

  it('refuses a missing file with one line and exit 2', async () => {
    const run = await runCli(['scan', '--template', 'gateway.yaml', '--settings', 'nowhere.yaml'], dir);
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toBe('soc2: settings file nowhere.yaml: file not found');
  });
});
