import { describe, expect, it } from 'vitest';
import { createPlace, describePlace } from '../../../src/inventory/facts/place.js';
import { setting } from '../../../src/inventory/facts/setting.js';
import { isUnknown, unknown } from '../../../src/inventory/maybe.js';

const template = createPlace('Cluster');
const live = describePlace('cluster c1');

describe('a simple setting read the same way from both sources', () => {
  it.each([
    ['a template value', 7, template, {}, 7],
    ['a described value', 7, live, {}, 7],
    ['a false template value beside a true default', false, template, { createDefault: true }, false],
    ['an unset template property with a documented default', undefined, template, { createDefault: 1 }, 1],
    [
      'an unset template property whose default is "none"',
      undefined,
      template,
      { createDefault: undefined },
      undefined,
    ],
    ['a field the API omits when off', undefined, live, { describeOmitted: false }, false],
  ] as const)('%s', (_name, raw, place, semantics, expected) => {
    expect(setting<number | boolean | undefined>(raw, place, 'Field', semantics)).toBe(expected);
  });

  it('is Unknown when unset in a template and AWS documents no default', () => {
    const value = setting<number>(undefined, template, 'RetentionInDays');
    expect(isUnknown(value) && value.reason).toBe('Cluster.RetentionInDays is not set (it has no default)');
  });

  it('is Unknown when a Describe answer leaves out a field it always returns, even if a create default exists', () => {
    const value = setting<number>(undefined, live, 'BackupRetentionPeriod', { createDefault: 1 });
    expect(isUnknown(value) && value.reason).toBe('cluster c1: BackupRetentionPeriod was not returned');
  });

  it('keeps an unreadable value Unknown whatever the default', () => {
    const unread = unknown('Cluster.Encrypted: parameter Encrypt has no value');
    expect(setting<boolean>(unread, template, 'Encrypted', { createDefault: false })).toBe(unread);
    expect(setting<boolean>(unread, live, 'Encrypted', { describeOmitted: false })).toBe(unread);
  });
});
