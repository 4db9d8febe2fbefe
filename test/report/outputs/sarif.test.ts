import { beforeAll, describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import type { ScanResult } from '../../../src/engine/finding.js';
import { fingerprint, renderSarif } from '../../../src/report/sarif.js';
import { HOSTILE_NAME, mixedScanResult, SRC_ROOT } from './fixture.js';
import { validateSarif, type ValidatorMessage } from './sarif-validator.js';

let result: ScanResult;
let text: string;
let log: Sarif.Log;
let results: Sarif.Result[];

function resultFor(resourceId: string): Sarif.Result {
  const found = results.find((entry) => entry.properties?.resourceId === resourceId);
  if (!found) throw new Error(`no SARIF result for ${resourceId}`);
  return found;
}

beforeAll(() => {
  result = mixedScanResult();
  text = renderSarif(result, { srcRoot: SRC_ROOT });
  log = JSON.parse(text) as Sarif.Log;
  results = log.runs[0]!.results!;
});

describe('renderSarif', () => {
  let validation: ValidatorMessage[];
  beforeAll(async () => {
    validation = await validateSarif(text);
  });

  it('passes the official SARIF validator with no errors and no warnings', () => {
    expect(validation.length).toBeGreaterThan(0);
    expect(validation.filter((message) => message.level === 'error')).toEqual([]);
    expect(validation.filter((message) => message.level === 'warning')).toEqual([]);
  });

  it('uses a validator harness that does catch errors', async () => {
    const broken = text.replace('"startLine": 12', '"startLine": 0');
    const messages = await validateSarif(broken);
    expect(messages.some((message) => message.level === 'error' && message.text.includes('startLine'))).toBe(
      true,
    );
    await expect(validateSarif(text.replace('"kind": "open"', '"kind": "bogus"'))).rejects.toThrow(
      /analyzed nothing/,
    );
  });

  it('describes every rule with help, SOC 2 criteria and severity as tags', () => {
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'soc2-evidence', semanticVersion: result.tool.version });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const rule = driver.rules!.find((entry) => entry.id === 'kms-key-rotation')!;
    expect(rule.name).toBe('KmsKeyRotation');
    expect(rule.properties?.tags).toEqual(['CC6.1', 'CC6.7', 'medium']);
    expect(rule.defaultConfiguration?.level).toBe('warning');
    expect(rule.help?.text).toContain('Rationale: Automatic rotation');
    expect(rule.help?.markdown).toContain('enable-key-rotation');
    expect(rule.fullDescription?.text).toContain('AWS rotates AWS-managed keys');
  });

  it('maps FAIL to kind fail with the level of its severity, and leaves out PASS and NOT_APPLICABLE', () => {
    const failing = resultFor('App/RotationOff');
    expect(failing).toMatchObject({ kind: 'fail', level: 'warning', ruleId: 'kms-key-rotation' });
    expect(results.map((entry) => entry.properties?.status)).not.toContain('PASS');
    expect(results.map((entry) => entry.properties?.status)).not.toContain('NOT_APPLICABLE');
    const reported = result.findings.filter((f) => f.status !== 'PASS' && f.status !== 'NOT_APPLICABLE');
    expect(results).toHaveLength(reported.length);
  });

  it('reports UNKNOWN and ERROR as open results saying the check could not be completed', () => {
    const undetermined = resultFor('App/Hostile');
    expect(undetermined).toMatchObject({ kind: 'open', level: 'none' });
    expect(undetermined.message.text).toMatch(/^Check could not be completed/);
    const errored = resultFor('App/Bucket');
    expect(errored).toMatchObject({ kind: 'open', level: 'none' });
    expect(errored.message.text).toContain('Rule error');
    const notes = log.runs[0]!.invocations![0]!.toolExecutionNotifications!;
    expect(
      notes.some((note) => note.level === 'error' && note.associatedRule?.id === 'bucket-check-that-throws'),
    ).toBe(true);
    expect(notes.some((note) => note.message.text?.includes('AccessDenied'))).toBe(true);
  });

  it('keeps suppressed findings, inSource for template Metadata and external for a suppressions file', () => {
    expect(resultFor('App/Legacy').suppressions).toEqual([
      expect.objectContaining({
        kind: 'inSource',
        status: 'accepted',
        justification: 'Legacy key, retired in Q3',
      }),
    ]);
    const live = resultFor('arn:aws:kms:us-east-1:111122223333:key/1111-aaaa');
    expect(live.kind).toBe('fail');
    expect(live.suppressions).toEqual([
      expect.objectContaining({ kind: 'external', justification: 'Rotated by the HSM team every 90 days' }),
    ]);
    expect(resultFor('arn:aws:kms:eu-west-1:111122223333:key/4444-dddd').suppressions).toBeUndefined();
  });

  it('points template findings at a relative file and a start line of at least 1', () => {
    const physical = (id: string) => resultFor(id).locations![0]!.physicalLocation!;
    expect(physical('App/RotationOff')).toEqual({
      artifactLocation: { uri: 'templates/app.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12 },
    });
    expect(physical('App/NoLine').region).toEqual({ startLine: 1 });
    expect(physical('App/LineZero')).toEqual({
      artifactLocation: { uri: 'nested%20dir/stack.template.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1 },
    });
    for (const entry of results) {
      const line = entry.locations?.[0]?.physicalLocation?.region?.startLine;
      if (line !== undefined) expect(line).toBeGreaterThanOrEqual(1);
    }
    expect(resultFor('App/RotationOff').locations![0]!.logicalLocations).toEqual([
      expect.objectContaining({
        name: 'RotationOff',
        fullyQualifiedName: 'App/Payments/RotationOff/Resource',
      }),
    ]);
  });

  it('gives live findings logical locations only (ARN and region), never a placeholder file', () => {
    const live = resultFor('arn:aws:kms:eu-west-1:111122223333:key/4444-dddd').locations![0]!;
    expect(live.physicalLocation).toBeUndefined();
    expect(live.logicalLocations![0]).toMatchObject({
      fullyQualifiedName: 'arn:aws:kms:eu-west-1:111122223333:key/4444-dddd',
      properties: { region: 'eu-west-1', account: '111122223333' },
    });
    expect(resultFor('s3-bucket:*').locations![0]!.physicalLocation).toBeUndefined();
  });

  it('fingerprints per rule and resource, stable across runs', () => {
    const again = JSON.parse(renderSarif(mixedScanResult(), { srcRoot: SRC_ROOT })) as Sarif.Log;
    expect(again.runs[0]!.results!.map((entry) => entry.partialFingerprints)).toEqual(
      results.map((entry) => entry.partialFingerprints),
    );
    const prints = results.map((entry) => Object.values(entry.partialFingerprints!)[0]);
    expect(new Set(prints).size).toBe(prints.length);
    expect(resultFor('App/RotationOff').partialFingerprints).toEqual({
      'soc2RuleResource/v1': fingerprint('kms-key-rotation', 'App/RotationOff'),
    });
    expect(fingerprint('a', 'b')).not.toBe(fingerprint('b', 'a'));
  });

  it('carries hostile resource names as JSON data', () => {
    expect(resultFor('App/Hostile').message.text).toContain(HOSTILE_NAME);
    expect(text).not.toContain('\u001b');
  });

  it('files outside the source root become absolute file URIs, not climbing relative paths', () => {
    const elsewhere = JSON.parse(renderSarif(result, { srcRoot: '/somewhere/else' })) as Sarif.Log;
    const uris = elsewhere.runs[0]!.results!.flatMap((entry) =>
      (entry.locations ?? []).map((place) => place.physicalLocation?.artifactLocation?.uri),
    );
    expect(uris).toContain('file:///repo/nested%20dir/stack.template.json');
    expect(uris.some((uri) => uri?.includes('..'))).toBe(false);
    const climbing = structuredClone(result);
    climbing.findings[0]!.resource.file = '../shared/base.yaml';
    const relativeOut = JSON.parse(renderSarif(climbing, { srcRoot: '/repo/app' })) as Sarif.Log;
    expect(relativeOut.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({
      uri: 'file:///repo/shared/base.yaml',
    });
  });
});
