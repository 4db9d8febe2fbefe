/**
 * EC2 detailed monitoring states: only `enabled` is evidence of 1-minute monitoring.
 * `pending` (enabling still in progress) is UNKNOWN, and `disabling` is not enabled.
 */
import { describe, expect, it } from 'vitest';
import { DESCRIBE_INSTANCES } from '../../../src/sources/live/services/ec2/calls.js';
import { normalizeEc2 } from '../../../src/sources/live/services/ec2/normalize.js';
import { outputOf, plain, recorded } from './recorded-output.js';

function detailedMonitoring(monitoring: Record<string, unknown> | undefined): unknown {
  const instance = {
    InstanceId: 'i-0abc',
    State: { Name: 'running' },
    SecurityGroups: [],
    Monitoring: monitoring,
  };
  const out = outputOf([
    recorded(DESCRIBE_INSTANCES, undefined, { responses: [{ Reservations: [{ Instances: [instance] }] }] }),
  ]);
  normalizeEc2(out);
  const normalized = out.resources.find((resource) => resource.type === 'ec2-instance');
  if (normalized?.type !== 'ec2-instance') throw new Error('no instance normalized');
  return plain(normalized.detailedMonitoring);
}

describe('EC2 detailed monitoring, recorded states', () => {
  it.each<[string, Record<string, unknown> | undefined, unknown]>([
    ['enabled', { State: 'enabled' }, true],
    ['disabled', { State: 'disabled' }, false],
    ['disabling', { State: 'disabling' }, false],
    [
      'pending',
      { State: 'pending' },
      'UNKNOWN: instance i-0abc: detailed monitoring is still being enabled (Monitoring.State pending)',
    ],
    ['no State', {}, 'UNKNOWN: instance i-0abc: Monitoring.State was not returned'],
  ])('%s', (_name, monitoring, expected) => {
    expect(detailedMonitoring(monitoring)).toEqual(expected);
  });
});
