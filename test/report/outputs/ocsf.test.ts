/**
 * findings.ocsf.json against the required attributes of an OCSF 1.1.0
 * Detection Finding, on real engine output, and the honest mapping of every
 * status: UNKNOWN and ERROR are never a pass, a suppression keeps its verdict.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exit-codes.js';
import type { Finding } from '../../../src/engine/finding.js';
import { OCSF_VERSION, renderOcsf } from '../../../src/report/ocsf.js';
import { PACKAGE_ROOT } from '../../../src/version.js';
import { runCli } from '../../cli/capture.js';
import { mixedScanResult } from './fixture.js';
import { validate } from './json-schema-subset.js';

type OcsfEvent = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let schema: Record<string, unknown>;
const result = mixedScanResult();
const events = JSON.parse(renderOcsf(result)) as OcsfEvent[];

function eventFor(predicate: (finding: Finding) => boolean): OcsfEvent {
  const index = result.findings.findIndex(predicate);
  if (index < 0) throw new Error('no such finding');
  return events[index]!;
}

const byResource = (fragment: string) =>
  eventFor((finding) => finding.ruleId === 'kms-key-rotation' && finding.resource.id.includes(fragment));

beforeAll(async () => {
  schema = JSON.parse(
    await readFile(
      join(PACKAGE_ROOT, 'test', 'report', 'outputs', 'schemas', 'ocsf-detection-finding.schema.json'),
      'utf8',
    ),
  ) as Record<string, unknown>;
});

describe('renderOcsf', () => {
  it('is a JSON array of Detection Findings, one per finding, each with the required attributes', () => {
    expect(events).toHaveLength(result.findings.length);
    for (const event of events) {
      expect(validate(schema, event)).toEqual([]);
      expect(event.type_uid).toBe(event.class_uid * 100 + event.activity_id);
      expect(event.metadata.version).toBe(OCSF_VERSION);
      expect(event.time_dt).toBe(new Date(event.time).toISOString());
    }
  });

  it('the schema refuses an event missing what the class requires (a test that cannot fail is a defect)', () => {
    const valid = events[0]!;
    const without = (key: string) =>
      Object.fromEntries(Object.entries(valid).filter(([name]) => name !== key));
    for (const key of ['class_uid', 'finding_info', 'metadata', 'severity_id', 'time', 'type_uid']) {
      expect(validate(schema, without(key))).not.toEqual([]);
    }
    expect(validate(schema, { ...valid, finding_info: { uid: 'x' } })).not.toEqual([]);
    expect(validate(schema, { ...valid, severity_id: 7 })).not.toEqual([]);
    expect(
      validate(schema, { ...valid, metadata: { version: '1.1.0', product: { name: 'x' } } }),
    ).not.toEqual([]);
  });

  it('status_code carries the verdict; UNKNOWN and ERROR say why and never read as a pass', () => {
    expect(byResource('App/RotationOff')).toMatchObject({ status_code: 'FAIL', status_id: 1, status: 'New' });
    expect(byResource('2222-bbbb').status_code).toBe('PASS');
    expect(byResource('3333-cccc').status_code).toBe('NOT_APPLICABLE');
    const unknown = byResource('App/Hostile');
    expect(unknown.status_code).toBe('UNKNOWN');
    expect(unknown.status_detail).toMatch(/Could not be checked, not a pass: rotation could not be resolved/);
    const error = eventFor((finding) => finding.status === 'ERROR');
    expect(error.status_code).toBe('ERROR');
    expect(error.status_detail).toContain('cannot read properties of undefined');
    result.findings.forEach((finding, index) => {
      expect(events[index]!.status_code).toBe(finding.suppression?.originalStatus ?? finding.status);
    });
  });

  it('a suppressed finding is status Suppressed, keeps FAIL as its verdict, and carries the justification', () => {
    const inline = byResource('App/Legacy');
    expect(inline).toMatchObject({
      status_id: 3,
      status: 'Suppressed',
      status_code: 'FAIL',
      comment: 'Legacy key, retired in Q3',
    });
    expect(inline.status_detail).toMatch(/^Suppressed \(metadata:checkov\): Legacy key, retired in Q3\./);
    const fromFile = byResource('1111-aaaa');
    expect(fromFile.status_detail).toContain('until 2026-12-31');
    expect(fromFile.unmapped.suppression.source).toBe('file:soc2-suppressions.yaml');
  });

  it('fills the fields Prowler consumers read: product, uid, title, severity, resources, cloud, compliance, remediation', () => {
    const event = byResource('4444-dddd');
    expect(event.metadata.product).toEqual({
      name: 'soc2-evidence',
      uid: 'soc2-evidence',
      vendor_name: 'soc2-evidence',
      version: result.tool.version,
    });
    expect(event.finding_info.uid).toMatch(/^soc2-evidence\/kms-key-rotation\/[0-9a-f]{32}$/);
    expect(event.finding_info.title).toBe('Customer-managed KMS keys rotate automatically');
    expect([event.severity_id, event.severity]).toEqual([3, 'Medium']);
    expect(event.resources[0]).toMatchObject({
      uid: 'arn:aws:kms:eu-west-1:111122223333:key/4444-dddd',
      type: 'AwsKmsKey',
      region: 'eu-west-1',
      cloud_partition: 'aws',
    });
    expect(event.cloud).toEqual({
      provider: 'AWS',
      account: { uid: '111122223333', type_id: 10, type: 'AWS Account' },
      region: 'eu-west-1',
    });
    expect(event.unmapped.compliance).toEqual({ 'SOC 2': ['CC6.1', 'CC6.7'] });
    expect(event.remediation.desc).toContain('EnableKeyRotation');
    expect(event.unmapped.expired_suppression.justification).toBe('Lapsed exception');
  });
});

describe('soc2 scan --template --format ocsf', () => {
  let outDir: string;
  let templateEvents: OcsfEvent[];
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'soc2-ocsf-'));
    const cwd = join(PACKAGE_ROOT, 'test', 'cli', 'fixtures');
    const run = await runCli(
      ['scan', '-t', 'keys.yaml', '--rules', 'kms-key-rotation', '--out', outDir, '-f', 'ocsf'],
      cwd,
    );
    expect(run.code).toBe(EXIT.failures);
    const [pack] = await readdir(join(outDir, 'keys'));
    templateEvents = JSON.parse(
      await readFile(join(outDir, 'keys', pack!, 'findings.ocsf.json'), 'utf8'),
    ) as OcsfEvent[];
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('writes findings.ocsf.json into the pack; a template finding names its file and line and no invented account', () => {
    expect(templateEvents).toHaveLength(4);
    for (const event of templateEvents) {
      expect(validate(schema, event)).toEqual([]);
      expect(event.cloud).toEqual({ provider: 'AWS' });
    }
    const stale = templateEvents.find((event) => event.resources[0].uid === 'keys/StaleKey')!;
    expect(stale.status_code).toBe('FAIL');
    expect(stale.resources[0]).toMatchObject({
      type: 'AWS::KMS::Key',
      data: { file: 'keys.yaml', line: 12, logical_id: 'StaleKey' },
    });
  });
});
