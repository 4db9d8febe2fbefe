/**
 * Services AWS does not offer in every region (Bedrock, SageMaker): the scan
 * reads AWS's public region list of each (ssm:GetParametersByPath), calls the
 * service only where it is offered, and a regional account setting is
 * NOT_APPLICABLE where it is not, instead of UNKNOWN on every scan (a call
 * there fails: no endpoint). When the list cannot be used, every region is
 * called as before. The region that does not offer the services answers
 * their calls with a server error here, so a call sent there would show as UNKNOWN.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../rules/index.js';
import type { Finding } from '../../../src/engine/finding.js';
import { runRules } from '../../../src/engine/run.js';
import { availabilityQueryRegion } from '../../../src/sources/live/availability.js';
import { availabilitiesOf, availabilityOf, LIVE_SERVICES } from '../../../src/sources/live/catalog.js';
import { serviceCalls, type LiveService } from '../../../src/sources/live/service.js';
import { loadLiveSource } from '../../../src/sources/live/index.js';
import { liveSourceResult } from '../../../src/sources/live/result.js';
import type { Snapshot } from '../../../src/sources/snapshot/format.js';
import {
  emptyAccount,
  startFakeAws,
  type FakeAccount,
  type FaultRule,
} from '../../support/aws-server/index.js';
import { captureIo, SCANNED_AT, TEST_CREDENTIALS } from './helpers.js';

const OFFERED = 'us-east-1';
const NOT_OFFERED = 'af-south-1';
/** Sorted, the scan's own region comes on the second page of three (page size 2): every page must be read. */
const BEDROCK_REGIONS = ['ap-south-1', 'eu-west-1', 'us-east-1', 'us-west-2', 'eu-north-1'];

/** Every partially offered service leaves out the same region here. */
const SERVICE_REGIONS = { appsync: BEDROCK_REGIONS, bedrock: BEDROCK_REGIONS, sagemaker: BEDROCK_REGIONS };

/** AppSync, Bedrock and SageMaker answer with a server error where AWS does not offer them. */
const UNREACHABLE: FaultRule[] = [
  { action: 'appsync:*', region: NOT_OFFERED, kind: 'ServerError' },
  { action: 'bedrock:*', region: NOT_OFFERED, kind: 'ServerError' },
  { action: 'sagemaker:*', region: NOT_OFFERED, kind: 'ServerError' },
];

function account(logging: boolean, serviceRegions?: Record<string, string[]>): FakeAccount {
  return emptyAccount({
    enabledRegions: [OFFERED, NOT_OFFERED],
    regions: {
      [OFFERED]: logging
        ? {
            bedrock: {
              loggingConfig: {
                cloudWatchConfig: {
                  logGroupName: 'prompts',
                  roleArn: 'arn:aws:iam::111122223333:role/bedrock',
                },
              },
            },
          }
        : {},
      [NOT_OFFERED]: {},
    },
    ...(serviceRegions ? { serviceRegions } : {}),
  });
}

async function scan(fakeAccount: FakeAccount, faults: FaultRule[]) {
  const fake = await startFakeAws({ account: fakeAccount, pageSize: 2 });
  const io = captureIo();
  try {
    fake.setFaults(faults);
    const result = await loadLiveSource(
      {
        regions: [OFFERED, NOT_OFFERED],
        quiet: true,
        endpoint: fake.endpoint,
        credentials: TEST_CREDENTIALS,
        maxAttempts: 1,
      },
      io,
    );
    const findings = runRules(result.inventory, allRules, { now: SCANNED_AT });
    return { result, findings, calls: fake.calls, stderr: io.err.join('') };
  } finally {
    await fake.close();
  }
}

function bedrockFinding(findings: readonly Finding[], region: string): Finding | undefined {
  return findings.find(
    (finding) => finding.ruleId === 'bedrock-invocation-logging' && finding.resource.region === region,
  );
}

function sentTo(calls: readonly { action: string; region: string }[], service: string, region: string) {
  return calls.filter((call) => call.action.startsWith(`${service}:`) && call.region === region).length;
}

describe('services AWS does not offer in every region', () => {
  it('are not called where AWS does not offer them; the setting there is NOT_APPLICABLE, PASS or FAIL elsewhere', async () => {
    for (const logging of [true, false]) {
      const { result, findings, calls, stderr } = await scan(account(logging, SERVICE_REGIONS), UNREACHABLE);
      expect(sentTo(calls, 'bedrock', NOT_OFFERED)).toBe(0);
      expect(sentTo(calls, 'sagemaker', NOT_OFFERED)).toBe(0);
      expect(sentTo(calls, 'appsync', NOT_OFFERED)).toBe(0);
      expect(sentTo(calls, 'bedrock', OFFERED)).toBe(1);
      expect(sentTo(calls, 'appsync', OFFERED)).toBeGreaterThan(0);
      expect(sentTo(calls, 'sagemaker', OFFERED)).toBeGreaterThan(0);

      const notOffered = bedrockFinding(findings, NOT_OFFERED);
      expect(notOffered?.status).toBe('NOT_APPLICABLE');
      expect(notOffered?.message).toMatch(
        /^Bedrock is not offered in af-south-1 \(AWS's regional service list, read \d{4}-\d\d-\d\dT[\d:.]+Z\)$/,
      );
      expect(bedrockFinding(findings, OFFERED)?.status).toBe(logging ? 'PASS' : 'FAIL');

      // Nothing of either service can exist there, and nothing is missing from the evidence.
      expect(result.inventory.gaps.filter((gap) => gap.region === NOT_OFFERED)).toEqual([]);
      expect(findings.filter((finding) => finding.status === 'UNKNOWN').map((f) => f.ruleId)).toEqual([]);
      expect(stderr).not.toContain('warning');
      expect(result.parameters.serviceAvailability).toEqual({
        appsync: { notOfferedIn: [NOT_OFFERED] },
        bedrock: { notOfferedIn: [NOT_OFFERED] },
        sagemaker: { notOfferedIn: [NOT_OFFERED] },
      });
    }
  });

  it('read the list once per service, every page, from one region, and record it: a snapshot replays to the same verdicts', async () => {
    const { result, findings, calls } = await scan(account(true, SERVICE_REGIONS), UNREACHABLE);
    const lookups = calls.filter((call) => call.action === 'ssm:GetParametersByPath');
    // Five regions, two a page: three pages for each of the three services.
    expect(lookups).toHaveLength(9);
    expect(new Set(lookups.map((call) => call.region))).toEqual(new Set([OFFERED]));

    const snapshot = JSON.parse(JSON.stringify(result.snapshot)) as Snapshot;
    const recorded = snapshot.calls.filter((call) => call.action === 'GetParametersByPath');
    expect(recorded.map((call) => call.params)).toEqual([
      { Path: '/aws/service/global-infrastructure/services/appsync/regions' },
      { Path: '/aws/service/global-infrastructure/services/bedrock/regions' },
      { Path: '/aws/service/global-infrastructure/services/sagemaker/regions' },
    ]);
    expect(recorded.every((call) => call.responses.length === 3)).toBe(true);

    const replay = liveSourceResult(snapshot, 'snapshot');
    const verdicts = (list: readonly Finding[]) =>
      list
        .map((finding) => `${finding.ruleId} ${finding.resource.id} ${finding.status} ${finding.message}`)
        .sort();
    expect(verdicts(runRules(replay.inventory, allRules, { now: SCANNED_AT }))).toEqual(verdicts(findings));

    // The same snapshot without the list (as taken before this lookup existed) judges the region as before.
    const older = {
      ...snapshot,
      calls: snapshot.calls.filter((call) => call.action !== 'GetParametersByPath'),
    };
    const before = runRules(liveSourceResult(older, 'snapshot').inventory, allRules, { now: SCANNED_AT });
    expect(bedrockFinding(before, NOT_OFFERED)?.status).toBe('UNKNOWN');
  });

  it('fall back to calling every region when the list cannot be read, and say so once', async () => {
    const { result, findings, calls, stderr } = await scan(account(true), [
      { action: 'ssm:GetParametersByPath', kind: 'AccessDenied' },
      ...UNREACHABLE,
    ]);
    expect(sentTo(calls, 'bedrock', NOT_OFFERED)).toBeGreaterThan(0);
    expect(sentTo(calls, 'bedrock', OFFERED)).toBe(1);
    expect(sentTo(calls, 'sagemaker', NOT_OFFERED)).toBeGreaterThan(0);
    // Today's behaviour: the failed call there leaves the setting unknown, never a guess.
    expect(bedrockFinding(findings, NOT_OFFERED)?.status).toBe('UNKNOWN');
    expect(bedrockFinding(findings, OFFERED)?.status).toBe('PASS');

    expect(stderr.match(/warning/g)).toHaveLength(1);
    expect(stderr).toContain('could not read where AWS offers AppSync, Bedrock, SageMaker');
    expect(stderr).toContain('AccessDenied');
    const summary = result.parameters.serviceAvailability as Record<string, { unread?: string }>;
    expect(summary.bedrock?.unread).toContain('AccessDenied');
    expect(summary.sagemaker?.unread).toContain('AccessDenied');
  });

  it('treat an empty list, or one holding anything but region names, as unread', async () => {
    for (const listed of [[], ['Cape Town']]) {
      const { findings, calls, stderr } = await scan(
        account(true, { ...SERVICE_REGIONS, bedrock: listed }),
        UNREACHABLE,
      );
      expect(sentTo(calls, 'bedrock', NOT_OFFERED)).toBeGreaterThan(0);
      expect(bedrockFinding(findings, NOT_OFFERED)?.status).toBe('UNKNOWN');
      // SageMaker's own list was fine: it is still left out where not offered.
      expect(sentTo(calls, 'sagemaker', NOT_OFFERED)).toBe(0);
      expect(stderr).toContain('could not read where AWS offers Bedrock;');
      expect(stderr).toContain(listed.length === 0 ? 'is empty' : 'not a region name ("Cape Town")');
    }
  });

  it('ask a region that answers these queries', () => {
    expect(availabilityQueryRegion('eu-west-1', 'aws')).toBe('eu-west-1');
    expect(availabilityQueryRegion('af-south-1', 'aws')).toBe('us-east-1');
    expect(availabilityQueryRegion('cn-north-1', 'aws-cn')).toBe('cn-north-1');
  });

  it('are declared on the calls of a service, all of them alike', () => {
    expect(availabilitiesOf(LIVE_SERVICES).map(({ ssm }) => ssm)).toEqual([
      'appsync',
      'bedrock',
      'sagemaker',
    ]);
    const bedrock = serviceCalls('bedrock', '@aws-sdk/client-bedrock', 'bedrock', {
      availability: { ssm: 'bedrock', title: 'Bedrock' },
    });
    const plain = serviceCalls('bedrock', '@aws-sdk/client-bedrock', 'bedrock');
    const mixed: LiveService = {
      name: 'bedrock',
      calls: [bedrock.call('GetModelInvocationLoggingConfiguration'), plain.call('ListCustomModels')],
      collectors: [],
    };
    // Skipping the collector would skip the undeclared call too.
    expect(() => availabilityOf(mixed)).toThrow(/must all declare the same availability/);
  });
});
