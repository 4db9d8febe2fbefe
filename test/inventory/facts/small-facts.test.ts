/**
 * Fact constructors that had only the cross-source parity tests behind them
 * (mutation run of src/inventory/facts, bench/results/mutation.md): load
 * balancer attributes, certificate stores, rotation schedules, EMR Kerberos,
 * WAF metrics and CloudFront logging. Each case is one input a rule would grade
 * differently if the constructor read it wrongly. Places are built inside each
 * test: one built at import time is outside Stryker's per-test coverage.
 */
import { describe, expect, it } from 'vitest';
import {
  certificateStoreOfArn,
  certificateStoreOfCfnType,
} from '../../../src/inventory/facts/certificate-store.js';
import { cloudFrontSettings } from '../../../src/inventory/facts/cloudfront-settings.js';
import { kerberosInSecurityConfiguration } from '../../../src/inventory/facts/emr.js';
import { loadBalancerSettings } from '../../../src/inventory/facts/load-balancer-attributes.js';
import { below, createPlace, describePlace } from '../../../src/inventory/facts/place.js';
import { routeDestination } from '../../../src/inventory/facts/route-target.js';
import { rotationIntervalDays } from '../../../src/inventory/facts/rotation-schedule.js';
import { WEB_ACL_ITSELF, withoutMetrics } from '../../../src/inventory/facts/waf-metrics.js';
import { isUnknown, unknown, type Maybe } from '../../../src/inventory/maybe.js';

const template = createPlace('Res');
const live = describePlace('resource r-1');

/** A Maybe as a comparable value: Unknowns become `UNKNOWN: <reason>`. */
function shown<T>(value: Maybe<T>): T | string {
  return isUnknown(value) ? `UNKNOWN: ${value.reason}` : value;
}

describe('loadBalancerSettings', () => {
  const attributes = (entries: Record<string, Maybe<string>>) => new Map(Object.entries(entries));
  const DROP = 'routing.http.drop_invalid_header_fields.enabled';

  it('reads each attribute by its own key', () => {
    const settings = loadBalancerSettings(
      attributes({
        'deletion_protection.enabled': 'true',
        'access_logs.s3.enabled': 'false',
        [DROP]: 'true',
      }),
      'application',
      2,
      live,
    );
    expect(settings).toEqual({
      deletionProtection: true,
      accessLogs: false,
      dropInvalidHeaderFields: true,
      zoneCount: 2,
    });
  });

  it('a template that leaves an attribute out gets ELB default false; a Describe answer that does is Unknown', () => {
    const fromTemplate = loadBalancerSettings(attributes({}), 'application', 2, template);
    expect(fromTemplate.deletionProtection).toBe(false);
    expect(fromTemplate.accessLogs).toBe(false);
    expect(fromTemplate.dropInvalidHeaderFields).toBe(false);
    const fromAnswer = loadBalancerSettings(attributes({ [DROP]: 'true' }), 'application', 2, live);
    expect(shown(fromAnswer.accessLogs)).toBe(
      'UNKNOWN: resource r-1: access_logs.s3.enabled was not returned',
    );
    expect(shown(fromAnswer.deletionProtection)).toMatch(/^UNKNOWN: .*deletion_protection\.enabled/);
  });

  it('a value other than "true" or "false" is Unknown, never on', () => {
    const settings = loadBalancerSettings(
      attributes({ 'access_logs.s3.enabled': 'yes' }),
      'network',
      1,
      template,
    );
    expect(shown(settings.accessLogs)).toBe('UNKNOWN: Res.access_logs.s3.enabled: not true or false (yes)');
  });

  it('an unreadable attribute list or type stays Unknown', () => {
    const unread = unknown('DescribeLoadBalancerAttributes denied');
    const settings = loadBalancerSettings(unread, 'application', 2, live);
    expect(settings.accessLogs).toBe(unread);
    expect(settings.dropInvalidHeaderFields).toBe(unread);
    const typeUnread = unknown('Type is a parameter');
    expect(loadBalancerSettings(attributes({}), typeUnread, 2, template).dropInvalidHeaderFields).toBe(
      typeUnread,
    );
  });

  it('header-field dropping is an application load balancer setting only', () => {
    const settings = loadBalancerSettings(attributes({ [DROP]: 'false' }), 'network', 2, live);
    expect(settings.dropInvalidHeaderFields).toBeUndefined();
  });
});

describe('certificate store', () => {
  it.each([
    ['arn:aws:acm:eu-west-1:111122223333:certificate/abc', 'acm'],
    ['arn:aws:iam::111122223333:server-certificate/legacy', 'iam'],
    ['arn:aws-cn:acm:cn-north-1:111122223333:certificate/abc', 'acm'],
  ])('%s is managed by %s', (arn, store) => {
    expect(certificateStoreOfArn(arn, 'listener l-1')).toBe(store);
  });

  it.each([
    'arn:aws:s3:::acm',
    'acm:certificate',
    'xarn:aws:acm:eu-west-1:111122223333:certificate/abc',
    'not-an-arn:aws:iam::1:server-certificate/x',
  ])('%s is Unknown, naming the ARN', (arn) => {
    expect(shown(certificateStoreOfArn(arn, 'listener l-1'))).toBe(
      `UNKNOWN: listener l-1: ${arn} is neither an ACM nor an IAM server certificate ARN`,
    );
  });

  it('only an ACM certificate resource is a certificate a template creates', () => {
    expect(certificateStoreOfCfnType('AWS::CertificateManager::Certificate')).toBe('acm');
    expect(certificateStoreOfCfnType('AWS::IAM::ServerCertificate')).toBeUndefined();
  });
});

describe('rotationIntervalDays', () => {
  it.each([
    ['AutomaticallyAfterDays wins over an expression', 30, 'rate(1 days)', 30],
    ['rate in days', undefined, 'rate(90 days)', 90],
    ['rate in one day', undefined, 'rate(1 day)', 1],
    ['rate in hours, as a fraction of a day', undefined, 'rate(12 hours)', 0.5],
    ['rate in one hour', undefined, 'rate(1 hour)', 1 / 24],
    ['case and spacing are not significant', undefined, ' RATE( 7  Days ) ', 7],
    ['no schedule at all', undefined, undefined, undefined],
  ] as const)('%s', (_name, afterDays, expression, expected) => {
    expect(rotationIntervalDays(afterDays, expression, 'secret s')).toBe(expected);
  });

  it.each([
    'cron(0 0 1 * ? *)',
    'rate(7 weeks)',
    'rate(x days)',
    'rate(7 days) extra',
    'prefix rate(7 days)',
  ])('%s is Unknown', (expression) => {
    expect(shown(rotationIntervalDays(undefined, expression, 'secret s'))).toBe(
      `UNKNOWN: secret s: schedule "${expression}" is not a rate() expression`,
    );
  });

  it('unreadable inputs stay Unknown', () => {
    const days = unknown('AutomaticallyAfterDays is a parameter');
    const expression = unknown('ScheduleExpression is a parameter');
    expect(rotationIntervalDays(days, 'rate(1 days)', 's')).toBe(days);
    expect(rotationIntervalDays(undefined, expression, 's')).toBe(expression);
  });
});

describe('kerberosInSecurityConfiguration', () => {
  const kerberos = {
    AuthenticationConfiguration: { KerberosConfiguration: { Provider: 'ClusterDedicatedKdc' } },
  };

  it('a Kerberos configuration, as an object or as a JSON string', () => {
    expect(kerberosInSecurityConfiguration(kerberos, 'c')).toBe(true);
    expect(kerberosInSecurityConfiguration(JSON.stringify(kerberos), 'c')).toBe(true);
  });

  it('no authentication, or authentication without Kerberos, is off', () => {
    expect(kerberosInSecurityConfiguration({ EncryptionConfiguration: {} }, 'c')).toBe(false);
    expect(kerberosInSecurityConfiguration({ AuthenticationConfiguration: {} }, 'c')).toBe(false);
    expect(
      kerberosInSecurityConfiguration({ AuthenticationConfiguration: { KerberosConfiguration: 'yes' } }, 'c'),
    ).toBe(false);
  });

  it.each([
    ['{not json', 'UNKNOWN: c: the security configuration is not valid JSON'],
    ['[]', 'UNKNOWN: c: the security configuration is not a JSON object'],
    [null, 'UNKNOWN: c: the security configuration is not a JSON object'],
    [{ AuthenticationConfiguration: [] }, 'UNKNOWN: c: AuthenticationConfiguration is not an object'],
    [{ AuthenticationConfiguration: null }, 'UNKNOWN: c: AuthenticationConfiguration is not an object'],
  ])('%j is Unknown', (document, expected) => {
    expect(shown(kerberosInSecurityConfiguration(document, 'c'))).toBe(expected);
  });
});

describe('withoutMetrics', () => {
  const rule = (Name: string, CloudWatchMetricsEnabled: boolean | undefined) => ({
    Name,
    CloudWatchMetricsEnabled,
  });

  it('names the ACL and each rule that publishes no metrics', () => {
    expect(withoutMetrics(false, [rule('a', true), rule('b', false)], live)).toEqual([WEB_ACL_ITSELF, 'b']);
    expect(withoutMetrics(true, [rule('a', true)], live)).toEqual([]);
    expect(withoutMetrics(true, undefined, template)).toEqual([]);
  });

  it('a missing VisibilityConfig flag is Unknown, on the ACL or on any rule', () => {
    expect(shown(withoutMetrics(undefined, [], live))).toBe(
      'UNKNOWN: resource r-1: VisibilityConfig.CloudWatchMetricsEnabled was not returned',
    );
    expect(shown(withoutMetrics(true, [rule('a', true), rule('b', undefined)], template))).toBe(
      'UNKNOWN: Res.Rules.1.VisibilityConfig.CloudWatchMetricsEnabled is not set',
    );
    expect(
      shown(withoutMetrics(false, [{ Name: undefined, CloudWatchMetricsEnabled: false }], template)),
    ).toBe('UNKNOWN: Res.Rules.0.Name is not set');
  });

  it('an unreadable rule list or rule stays Unknown even when the ACL itself has no metrics', () => {
    const unread = unknown('Rules is a parameter');
    expect(withoutMetrics(false, unread, template)).toBe(unread);
    expect(withoutMetrics(false, [rule('a', false), unread], template)).toBe(unread);
    expect(shown(withoutMetrics(true, [undefined], template))).toBe('UNKNOWN: Res.Rules.0. is not set');
  });
});

describe('cloudFrontSettings', () => {
  const fields = (overrides: Partial<Parameters<typeof cloudFrontSettings>[0]>) => ({
    LoggingEnabled: false,
    RealtimeLogConfigArn: undefined,
    FieldLevelEncryptionId: undefined,
    ...overrides,
  });

  it('standard or real-time logging counts as access logging', () => {
    expect(cloudFrontSettings(fields({ LoggingEnabled: true }), live).accessLogging).toBe(true);
    expect(cloudFrontSettings(fields({ RealtimeLogConfigArn: 'arn:rt' }), live).accessLogging).toBe(true);
    expect(cloudFrontSettings(fields({ RealtimeLogConfigArn: '' }), live).accessLogging).toBe(false);
    expect(cloudFrontSettings(fields({}), template).accessLogging).toBe(false);
  });

  it('no Logging in a template is off; a Describe answer without Logging.Enabled is Unknown', () => {
    expect(cloudFrontSettings(fields({ LoggingEnabled: undefined }), template).accessLogging).toBe(false);
    expect(shown(cloudFrontSettings(fields({ LoggingEnabled: undefined }), live).accessLogging)).toBe(
      'UNKNOWN: resource r-1: Logging.Enabled was not returned',
    );
  });

  it('logging off and real-time logging unreadable is Unknown, not off; either on is on', () => {
    const unread = unknown('RealtimeLogConfigArn is an import');
    expect(cloudFrontSettings(fields({ RealtimeLogConfigArn: unread }), template).accessLogging).toBe(unread);
    expect(
      cloudFrontSettings(fields({ LoggingEnabled: true, RealtimeLogConfigArn: unread }), live).accessLogging,
    ).toBe(true);
    const loggingUnread = unknown('Logging.Bucket is a parameter');
    expect(cloudFrontSettings(fields({ LoggingEnabled: loggingUnread }), template).accessLogging).toBe(
      loggingUnread,
    );
  });

  it('field-level encryption is on only with a named configuration', () => {
    expect(cloudFrontSettings(fields({ FieldLevelEncryptionId: 'fle-1' }), live).fieldLevelEncryption).toBe(
      true,
    );
    expect(cloudFrontSettings(fields({ FieldLevelEncryptionId: '' }), live).fieldLevelEncryption).toBe(false);
    expect(cloudFrontSettings(fields({}), template).fieldLevelEncryption).toBe(false);
    const unread = unknown('FieldLevelEncryptionId is a parameter');
    expect(
      cloudFrontSettings(fields({ FieldLevelEncryptionId: unread }), template).fieldLevelEncryption,
    ).toBe(unread);
  });
});

describe('place', () => {
  it('names a field by the document it was read from, nested or not', () => {
    const fromTemplate = createPlace('Db');
    const fromAnswer = describePlace('DB cluster c1');
    expect(fromTemplate).toMatchObject({ from: 'create' });
    expect(fromAnswer).toMatchObject({ from: 'describe' });
    expect(fromTemplate.field('StorageEncrypted')).toBe('Db.StorageEncrypted');
    expect(fromAnswer.field('StorageEncrypted')).toBe('DB cluster c1: StorageEncrypted');
    expect(below(fromAnswer, 'Rules.0').field('Name')).toBe('DB cluster c1: Rules.0.Name');
  });

  it('says why a route without a destination is Unknown', () => {
    const none = {
      DestinationCidrBlock: undefined,
      DestinationIpv6CidrBlock: undefined,
      DestinationPrefixListId: undefined,
    };
    expect(shown(routeDestination(none, describePlace('route table rtb-1')))).toBe(
      'UNKNOWN: route table rtb-1: destination was not returned (every route has one)',
    );
  });
});
