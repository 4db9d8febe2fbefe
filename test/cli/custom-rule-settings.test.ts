/**
 * Settings of a team's own rules (`--rules-dir` with `--settings`): a custom
 * rule's threshold comes from the settings file and is recorded with its
 * verdicts; a custom rule lacking a required value is not evaluated; a bad
 * declaration is one line and exit 2 before anything is scanned.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/engine/finding.js';
import { PACKAGE_ROOT } from '../../src/version.js';
import { validate } from '../report/outputs/json-schema-subset.js';
import { oneErrorLine, runCli } from './capture.js';

const EXAMPLE = 'examples/custom-rules';
const RULE = 'log-groups-expire';

/** A folder holding the given files; returns its path. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'soc2-custom-rule-settings-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function jsonScan(args: string[], cwd = PACKAGE_ROOT) {
  const run = await runCli(['scan', ...args, '--format', 'json'], cwd);
  return { code: run.code, result: JSON.parse(run.stdout) as ScanResult, stderr: run.stderr };
}

const verdicts = (result: ScanResult, ruleId: string) =>
  result.findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => `${finding.resource.logicalId} ${finding.status}`)
    .sort();

describe('a custom rule with a days setting (examples/custom-rules)', () => {
  const scan = (...settings: string[]) =>
    jsonScan([
      '--template',
      `${EXAMPLE}/template.yaml`,
      '--rules-dir',
      `${EXAMPLE}/rules`,
      '--rules',
      RULE,
      ...settings,
    ]);

  it('is judged on its default without a settings file, and records it', async () => {
    const { code, result } = await scan();
    expect(code).toBe(1);
    expect(verdicts(result, RULE)).toEqual(['AppLogs PASS', 'ArchiveLogs FAIL']);
    const summary = result.rules.find((rule) => rule.id === RULE)!;
    expect(summary).toMatchObject({
      custom: `${EXAMPLE}/rules/${RULE}.js`,
      settings: { maxRetentionDays: 731 },
    });
    expect(summary.title).toBe('Log groups delete their events after at most 731 days');
  });

  it("flips with the settings file's value, which findings.json records and the texts read", async () => {
    const { code, result } = await scan('--settings', `${EXAMPLE}/settings.yaml`);
    expect(code).toBe(1);
    expect(verdicts(result, RULE)).toEqual(['AppLogs FAIL', 'ArchiveLogs FAIL']);
    const summary = result.rules.find((rule) => rule.id === RULE)!;
    expect(summary.settings).toEqual({ maxRetentionDays: 180 });
    expect(summary.title).toBe('Log groups delete their events after at most 180 days');
    expect(summary.remediation.cli).toContain('--retention-in-days 180');
    expect(result.scan.parameters).toMatchObject({ settingsFile: `${EXAMPLE}/settings.yaml` });
    const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'docs/findings.schema.json'), 'utf8'));
    expect(validate(schema, result)).toEqual([]);

    const longer = folder({ 'long.yaml': `rules:\n  ${RULE}:\n    maxRetentionDays: 2000\n` });
    const widened = await scan('--settings', join(longer, 'long.yaml'));
    expect(widened.code).toBe(0);
    expect(verdicts(widened.result, RULE)).toEqual(['AppLogs PASS', 'ArchiveLogs PASS']);
  });

  it.each([
    [
      'a value outside the rule range',
      `rules:\n  ${RULE}:\n    maxRetentionDays: 5000\n`,
      `rules.${RULE}.maxRetentionDays: expected a whole number of days from 1 to 3653, got 5000`,
    ],
    [
      'a misspelt custom rule id (suggested from the custom rules)',
      `rules:\n  log-group-expire:\n    maxRetentionDays: 180\n`,
      `unknown rule id "log-group-expire"; did you mean "${RULE}"?`,
    ],
    [
      'a misspelt setting',
      `rules:\n  ${RULE}:\n    maxRetentionDay: 180\n`,
      `rule ${RULE} has no setting "maxRetentionDay"; did you mean "maxRetentionDays"?`,
    ],
  ])('refuses %s in the settings file: one line, exit 2', async (_name, settings, expected) => {
    const dir = folder({ 'bad.yaml': settings });
    const run = await runCli(
      [
        'scan',
        '--template',
        `${EXAMPLE}/template.yaml`,
        '--rules-dir',
        `${EXAMPLE}/rules`,
        '--settings',
        join(dir, 'bad.yaml'),
      ],
      PACKAGE_ROOT,
    );
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toContain(expected);
  });

  it('without --rules-dir, its id in a settings file is an unknown rule', async () => {
    const run = await runCli(
      ['scan', '--template', `${EXAMPLE}/template.yaml`, '--settings', `${EXAMPLE}/settings.yaml`],
      PACKAGE_ROOT,
    );
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toContain(`unknown rule id "${RULE}"`);
  });
});

const SUBNETS = `Resources:
  Edge:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0a1b2c3d4e5f60718, CidrBlock: 10.0.0.0/24 }
`;

const VPC_RULE = `export default {
  id: 'subnets-in-approved-vpcs',
  title: 'Subnets are in the approved VPCs ({approvedVpcIds})',
  severity: 'medium', criteria: ['CC6.6'], family: 'network', appliesTo: ['ec2-subnet'],
  rationale: 'Only the approved VPCs are monitored.',
  remediation: { summary: 'Move the subnet into one of {approvedVpcIds}.' },
  settings: { approvedVpcIds: { kind: 'vpc-ids', describe: 'The VPCs subnets may be in' } },
  evaluate(subnet, _inventory, { approvedVpcIds }) {
    return approvedVpcIds.includes(subnet.vpcId)
      ? { status: 'PASS', message: 'approved VPC' }
      : { status: 'FAIL', message: subnet.vpcId + ' is not approved' };
  },
};
`;

describe('a custom rule with a required setting (no default)', () => {
  const dir = folder({
    'subnets.yaml': SUBNETS,
    'settings.yaml': 'rules:\n  subnets-in-approved-vpcs:\n    approvedVpcIds: [vpc-0a1b2c3d4e5f60718]\n',
  });
  const rules = folder({ 'approved.mjs': VPC_RULE });
  const scan = (...args: string[]) =>
    jsonScan(['--template', 'subnets.yaml', '--rules-dir', rules, ...args], dir);

  it('is not evaluated without a value, and says which setting it needs', async () => {
    const { result } = await scan();
    expect(verdicts(result, 'subnets-in-approved-vpcs')).toEqual([]);
    expect(result.notEvaluated).toContainEqual(
      expect.objectContaining({ ruleId: 'subnets-in-approved-vpcs', needsSettings: ['approvedVpcIds'] }),
    );
  });

  it('named with --rules but not given its setting, the run is incomplete (exit 3), never PASS', async () => {
    const { code, result } = await scan('--rules', 'subnets-in-approved-vpcs');
    expect(code).toBe(3);
    expect(result.findings.map((finding) => `${finding.ruleId} ${finding.status}`)).toEqual([
      'subnets-in-approved-vpcs UNKNOWN',
    ]);
    expect(result.findings[0]?.message).toContain('needs the setting "approvedVpcIds"');
  });

  it('given its value, is evaluated with it and records it', async () => {
    const { code, result } = await scan('--rules', 'subnets-in-approved-vpcs', '--settings', 'settings.yaml');
    expect(code).toBe(0);
    expect(verdicts(result, 'subnets-in-approved-vpcs')).toEqual(['Edge PASS']);
    const summary = result.rules.find((rule) => rule.id === 'subnets-in-approved-vpcs')!;
    expect(summary.settings).toEqual({ approvedVpcIds: ['vpc-0a1b2c3d4e5f60718'] });
    expect(summary.title).toBe('Subnets are in the approved VPCs (vpc-0a1b2c3d4e5f60718)');
  });
});

const DECLARED = `export default {
  id: 'team-threshold', title: 'At most {maxDays} days', severity: 'low', criteria: ['CC6.1'],
  family: 'identity', appliesTo: ['kms-key'], rationale: 'r', remediation: { summary: 's' },
  settings: SETTINGS,
  evaluate: () => ({ status: 'PASS', message: 'ok' }),
};
`;
const declaring = (settings: string) => ({ 'r.mjs': DECLARED.replace('SETTINGS', settings) });
const DAYS = "kind: 'days', describe: 'd'";

describe('a bad settings declaration: one line, exit 2', () => {
  it.each([
    [
      'an unknown kind',
      declaring(`{ maxDays: { kind: 'weeks', describe: 'd', default: 1, min: 1, max: 5 } }`),
      'r.mjs: settings.maxDays.kind "weeks" is not one of days, vpc-ids',
    ],
    [
      'a default outside its range',
      declaring(`{ maxDays: { ${DAYS}, default: 400, min: 1, max: 365 } }`),
      'r.mjs: settings.maxDays.default 400 is outside its range 1 to 365',
    ],
    [
      'a range upside down',
      declaring(`{ maxDays: { ${DAYS}, default: 10, min: 30, max: 7 } }`),
      'r.mjs: settings.maxDays: min 30 is greater than max 7',
    ],
    [
      'a days setting without a default',
      declaring(`{ maxDays: { ${DAYS}, min: 1, max: 7 } }`),
      'r.mjs: settings.maxDays needs "default"',
    ],
    [
      'a fractional threshold',
      declaring(`{ maxDays: { ${DAYS}, default: 1.5, min: 1, max: 7 } }`),
      'r.mjs: settings.maxDays.default must be a whole number of days, got 1.5',
    ],
    [
      'a vpc-ids setting with a default',
      declaring(`{ vpcs: { kind: 'vpc-ids', describe: 'd', default: ['vpc-0a1b2c3d'] } }`),
      'r.mjs: settings.vpcs: a vpc-ids setting has no default',
    ],
    [
      'a misspelt field',
      declaring(`{ maxDays: { ${DAYS}, defualt: 3, min: 1, max: 7 } }`),
      'r.mjs: unknown field "defualt" in settings.maxDays (a days setting has kind, describe, default, min, max)',
    ],
    [
      'two names a settings file could not tell apart',
      declaring(
        `{ maxDays: { ${DAYS}, default: 3, min: 1, max: 7 }, maxdays: { ${DAYS}, default: 3, min: 1, max: 7 } }`,
      ),
      'r.mjs: settings "maxDays" and "maxdays" differ only in case',
    ],
    [
      'a name no text can read',
      declaring(`{ 'max-days': { ${DAYS}, default: 3, min: 1, max: 7 } }`),
      'r.mjs: setting name "max-days" must be camelCase letters and digits',
    ],
    [
      'no description',
      declaring(`{ maxDays: { kind: 'days', default: 3, min: 1, max: 7 } }`),
      'r.mjs: settings.maxDays.describe must be a non-empty string',
    ],
    ['settings that are not a map', declaring(`['maxDays']`), 'r.mjs: "settings" must map setting names'],
    [
      'settings in a YAML property check',
      {
        'r.yaml': `id: team-check
title: A team check
severity: low
criteria: [CC6.1]
family: configuration
appliesTo: [kms-key]
rationale: r
remediation: { summary: s }
settings: { maxDays: { kind: days, describe: d, default: 3, min: 1, max: 7 } }
where: { path: rotationEnabled, equals: true }
`,
      },
      'r.yaml: "settings" are for ES module rules: no YAML condition reads a setting',
    ],
  ])('%s', async (_name, files, expected) => {
    const dir = folder(files);
    const run = await runCli(
      ['scan', '--template', `${EXAMPLE}/template.yaml`, '--rules-dir', dir],
      PACKAGE_ROOT,
    );
    expect(run.code).toBe(2);
    const line = oneErrorLine(run);
    expect(line).toContain('invalid custom rule: ');
    expect(line).toContain(expected);
  });
});
