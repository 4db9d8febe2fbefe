import { describe, expect, it } from 'vitest';
import { isUnknown } from '../../src/inventory/maybe.js';
import { managementEventsOf } from '../../src/sources/cloudtrail-selectors.js';

const management = (readOnly?: string[], operator: 'Equals' | 'NotEquals' = 'Equals') => ({
  FieldSelectors: [
    { Field: 'eventCategory', Equals: ['Management'] },
    ...(readOnly ? [{ Field: 'readOnly', [operator]: readOnly }] : []),
  ],
});

describe('managementEventsOf', () => {
  it.each([
    ['no selectors at all (CloudTrail default)', undefined, undefined, 'all'],
    ['an empty selector list', [], [], 'all'],
    ['a basic selector with the defaults', [{}], undefined, 'all'],
    ['ReadOnly', [{ ReadWriteType: 'ReadOnly' }], undefined, 'read-only'],
    ['WriteOnly', [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }], undefined, 'write-only'],
    [
      'ReadOnly and WriteOnly selectors together',
      [{ ReadWriteType: 'ReadOnly' }, { ReadWriteType: 'WriteOnly' }],
      undefined,
      'all',
    ],
    ['management events excluded', [{ IncludeManagementEvents: false }], undefined, 'none'],
    ['advanced: management, no readOnly filter', undefined, [management()], 'all'],
    ['advanced: readOnly = true', undefined, [management(['true'])], 'read-only'],
    ['advanced: readOnly != true', undefined, [management(['true'], 'NotEquals')], 'write-only'],
    [
      'advanced: data events only',
      undefined,
      [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }] }],
      'none',
    ],
    ['advanced selectors win over basic ones', [{}], [management(['false'])], 'write-only'],
  ])('%s', (_name, basic, advanced, expected) => {
    expect(managementEventsOf(basic, advanced)).toBe(expected);
  });

  it('is Unknown, never a guess, for a ReadWriteType CloudTrail does not define or an unreadable selector', () => {
    expect(isUnknown(managementEventsOf([{ ReadWriteType: 'Everything' }], undefined))).toBe(true);
    expect(isUnknown(managementEventsOf(['not a selector'], undefined))).toBe(true);
    expect(isUnknown(managementEventsOf(undefined, [{ Name: 'no field selectors' }]))).toBe(true);
    expect(
      isUnknown(
        managementEventsOf(undefined, [
          {
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Management'] },
              { Field: 'readOnly', StartsWith: ['t'] },
            ],
          },
        ]),
      ),
    ).toBe(true);
  });
});
