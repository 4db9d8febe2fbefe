/**
 * The filter-pattern matcher behind the CIS metric-filter-and-alarm rules:
 * what a pattern does decides, not how it is spelled.
 */
import { describe, expect, it } from 'vitest';
import { loggingRules } from '../../../rules/logging/index.js';
import { patternCovers } from '../../../rules/lib/filter-pattern.js';
import { calls, cloudTrailEvent, type MetricAlarmRule } from '../../../rules/lib/metric-alarm.js';

const metricAlarmRules = loggingRules.filter((rule): rule is MetricAlarmRule => 'control' in rule);

const TRAIL_CHANGES = calls('cloudtrail.amazonaws.com', [
  'CreateTrail',
  'UpdateTrail',
  'DeleteTrail',
  'StartLogging',
  'StopLogging',
]);
const ORDINARY = [{ label: 'an ordinary call', record: cloudTrailEvent({}) }];
const covers = (pattern: string) => patternCovers(pattern, TRAIL_CHANGES, ORDINARY).matches;

describe('metric filter patterns', () => {
  it('covers the 13 CIS controls, rows 92-104', () => {
    expect(metricAlarmRules).toHaveLength(13);
  });

  it.each(metricAlarmRules.map((rule) => [rule.id, rule] as const))(
    '%s: the CIS pattern in its remediation passes its own check',
    (_id, rule) => {
      const { cisPattern, events, notEvents = [] } = rule.control;
      expect(patternCovers(cisPattern, events, [...ORDINARY, ...notEvents])).toEqual({ matches: true });
    },
  );

  it.each([
    [
      'reordered, quoted, without spaces',
      '{($.eventName="StopLogging")||($.eventName="StartLogging")||($.eventName=DeleteTrail)||($.eventName=UpdateTrail)||($.eventName=CreateTrail)}',
    ],
    [
      'with a wildcard',
      '{ ($.eventSource = cloudtrail.amazonaws.com) && (($.eventName = *Trail) || ($.eventName = *Logging)) }',
    ],
    [
      'nested parentheses and line breaks',
      '{\n  (($.eventName = CreateTrail) || ($.eventName = UpdateTrail)) ||\n  (($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging))\n}',
    ],
  ])('matches when %s', (_name, pattern) => {
    expect(covers(pattern)).toBe(true);
  });

  it('does not count a filter that misses one event, and says which', () => {
    const verdict = patternCovers(
      '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) }',
      TRAIL_CHANGES,
      ORDINARY,
    );
    expect(verdict).toEqual({ matches: false, why: 'it does not match a StopLogging call' });
  });

  it('does not count a filter that matches every event (its alarm says nothing)', () => {
    expect(covers('{ $.eventName = * }')).toBe(false);
    expect(covers('{ $.eventVersion EXISTS }')).toBe(false);
  });

  it('is case-sensitive, as CloudWatch is', () => {
    expect(covers('{ ($.eventName = createtrail) || ($.eventName = UpdateTrail) }')).toBe(false);
  });

  it('decides a mixed && / || without parentheses only where both readings agree', () => {
    // CIS 1.5's unauthorized-calls pattern: every reading matches both errors and no ordinary call.
    const unauthorized = metricAlarmRules.find((rule) => rule.id === 'metric-alarm-unauthorized-api-calls');
    const pattern =
      '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }';
    expect(patternCovers(pattern, unauthorized?.control.events ?? [], ORDINARY).matches).toBe(true);
    // Here they disagree on every trail change: AND first matches it, left to right does not (readOnly is false).
    expect(
      covers('{ $.eventSource = cloudtrail.amazonaws.com || $.eventName = GetTrail && $.readOnly IS TRUE }'),
    ).toBe('undecided');
    // With the parentheses written out there is nothing to guess.
    expect(
      covers(
        '{ $.eventSource = cloudtrail.amazonaws.com || ($.eventName = GetTrail && $.readOnly IS TRUE) }',
      ),
    ).toBe(true);
  });

  it.each([
    ['a text (non-JSON) pattern', '?CreateTrail ?DeleteTrail ?StopLogging'],
    ['a regular expression value', '{ $.eventName = %(Create|Update|Delete)Trail% }'],
    ['an operator it does not know', '{ $.eventName IN ["CreateTrail"] }'],
  ])('leaves %s undecided rather than guessing', (_name, pattern) => {
    expect(covers(pattern)).toBe('undecided');
  });
});
