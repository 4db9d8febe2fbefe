import { describe, expect, it } from 'vitest';
import { isUnknown } from '../../src/inventory/maybe.js';
import {
  recordsManagementEvent,
  summarizeManagementEvents,
} from '../../src/inventory/facts/management-events.js';
import type { ManagementEventClause } from '../../src/inventory/model.js';
import { managementEventsOf } from '../../src/sources/cloudtrail-selectors.js';

type Field = Record<string, string | string[]>;

const management = (readOnly?: string[], operator: 'Equals' | 'NotEquals' = 'Equals', ...more: Field[]) => ({
  FieldSelectors: [
    { Field: 'eventCategory', Equals: ['Management'] },
    ...(readOnly ? [{ Field: 'readOnly', [operator]: readOnly }] : []),
    ...more,
  ],
});
const source = (operator: string, values: string[]): Field => ({ Field: 'eventSource', [operator]: values });

function clausesOf(basic: unknown, advanced: unknown): ManagementEventClause[] {
  const clauses = managementEventsOf(basic, advanced);
  if (isUnknown(clauses)) throw new Error(clauses.reason);
  return clauses;
}

const scopeOf = (basic: unknown, advanced: unknown) => summarizeManagementEvents(clausesOf(basic, advanced));

describe('managementEventsOf: which management events the selectors record', () => {
  it.each([
    ['no selectors at all (CloudTrail default)', undefined, undefined, 'all'],
    ['an empty selector list', [], [], 'all'],
    ['a basic selector with the defaults', [{}], undefined, 'all'],
    [
      'a basic selector with an empty exclusion list',
      [{ ExcludeManagementEventSources: [] }],
      undefined,
      'all',
    ],
    ['ReadOnly', [{ ReadWriteType: 'ReadOnly' }], undefined, 'read-only'],
    ['WriteOnly', [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }], undefined, 'write-only'],
    [
      'ReadOnly and WriteOnly selectors together',
      [{ ReadWriteType: 'ReadOnly' }, { ReadWriteType: 'WriteOnly' }],
      undefined,
      'all',
    ],
    ['management events excluded', [{ IncludeManagementEvents: false }], undefined, 'none'],
    [
      'basic: KMS events excluded',
      [{ ReadWriteType: 'All', ExcludeManagementEventSources: ['kms.amazonaws.com'] }],
      undefined,
      'narrowed',
    ],
    [
      'basic: KMS excluded by one selector, recorded by another',
      [{ ExcludeManagementEventSources: ['kms.amazonaws.com'] }, {}],
      undefined,
      'all',
    ],
    ['advanced: management, no readOnly filter', undefined, [management()], 'all'],
    ['advanced: readOnly = true', undefined, [management(['true'])], 'read-only'],
    ['advanced: readOnly != true', undefined, [management(['true'], 'NotEquals')], 'write-only'],
    ['advanced: readOnly = true or false', undefined, [management(['true', 'false'])], 'all'],
    [
      'advanced: data events only',
      undefined,
      [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }] }],
      'none',
    ],
    ['advanced selectors win over basic ones', [{}], [management(['false'])], 'write-only'],
    [
      'advanced: eventSource != kms.amazonaws.com (the console "Exclude AWS KMS events")',
      undefined,
      [management(undefined, 'Equals', source('NotEquals', ['kms.amazonaws.com']))],
      'narrowed',
    ],
    [
      'advanced: eventSource = iam.amazonaws.com',
      undefined,
      [management(undefined, 'Equals', source('Equals', ['iam.amazonaws.com']))],
      'narrowed',
    ],
    [
      'advanced: eventSource starting with iam',
      undefined,
      [management(undefined, 'Equals', source('StartsWith', ['iam']))],
      'narrowed',
    ],
    [
      'advanced: every source but KMS, and KMS in a second selector',
      undefined,
      [
        management(undefined, 'Equals', source('NotEquals', ['kms.amazonaws.com'])),
        management(undefined, 'Equals', source('Equals', ['kms.amazonaws.com'])),
      ],
      'all',
    ],
    [
      'advanced: every source but KMS, and KMS reads only in a second selector',
      undefined,
      [
        management(undefined, 'Equals', source('NotEquals', ['kms.amazonaws.com'])),
        management(['true'], 'Equals', source('Equals', ['kms.amazonaws.com'])),
      ],
      'narrowed',
    ],
    [
      'advanced: all reads, writes except KMS',
      undefined,
      [management(['true']), management(['false'], 'Equals', source('NotEquals', ['kms.amazonaws.com']))],
      'narrowed',
    ],
    [
      'advanced: all writes, reads only from IAM',
      undefined,
      [management(['false']), management(['true'], 'Equals', source('Equals', ['iam.amazonaws.com']))],
      'narrowed',
    ],
    [
      'advanced: one selector excluding KMS, another excluding RDS Data',
      undefined,
      [
        management(undefined, 'Equals', source('NotEquals', ['kms.amazonaws.com'])),
        management(undefined, 'Equals', source('NotEquals', ['rdsdata.amazonaws.com'])),
      ],
      'all',
    ],
    [
      'advanced: sources not starting with kms, and kms.amazonaws.com in another selector',
      undefined,
      [
        management(undefined, 'Equals', source('NotStartsWith', ['kms'])),
        management(undefined, 'Equals', source('Equals', ['kms.amazonaws.com'])),
      ],
      'narrowed',
    ],
  ])('%s', (_name, basic, advanced, expected) => {
    expect(scopeOf(basic, advanced).scope).toBe(expected);
  });

  it('says which sources a narrowed trail leaves out, per half', () => {
    expect(
      scopeOf(undefined, [
        management(undefined, 'Equals', source('NotEquals', ['kms.amazonaws.com', 'rdsdata.amazonaws.com'])),
      ]).description,
    ).toBe('management events (read and write) except from kms.amazonaws.com, rdsdata.amazonaws.com');
    expect(
      scopeOf([{ ExcludeManagementEventSources: ['rdsdata.amazonaws.com'] }], undefined).description,
    ).toBe('management events (read and write) except from rdsdata.amazonaws.com');
    expect(
      scopeOf(undefined, [
        management(['true']),
        management(['false'], 'Equals', source('Equals', ['iam.amazonaws.com'])),
      ]).description,
    ).toBe(
      'read management events from every event source; write management events only from iam.amazonaws.com',
    );
    expect(
      scopeOf(undefined, [management(['false'], 'Equals', source('StartsWith', ['iam']))]).description,
    ).toBe(
      'read management events from no event source; write management events only from sources starting with iam',
    );
  });

  it('tells which events a narrowed trail records, by source and half', () => {
    const clauses = clausesOf(undefined, [
      management(undefined, 'Equals', source('NotEquals', ['kms.amazonaws.com'])),
      management(['true'], 'Equals', source('StartsWith', ['kms'])),
    ]);
    expect(recordsManagementEvent(clauses, 'cloudtrail.amazonaws.com', false)).toBe(true);
    expect(recordsManagementEvent(clauses, 'kms.amazonaws.com', true)).toBe(true);
    expect(recordsManagementEvent(clauses, 'kms.amazonaws.com', false)).toBe(false);
    const writesFromIam = clausesOf(undefined, [
      management(['false'], 'Equals', source('EndsWith', ['iam.amazonaws.com'])),
    ]);
    expect(recordsManagementEvent(writesFromIam, 'iam.amazonaws.com', false)).toBe(true);
    expect(recordsManagementEvent(writesFromIam, 'iam.amazonaws.com', true)).toBe(false);
    expect(recordsManagementEvent(writesFromIam, 'ec2.amazonaws.com', false)).toBe(false);
    const notEndingInData = clausesOf(undefined, [
      management(undefined, 'Equals', source('NotEndsWith', ['data.amazonaws.com'])),
    ]);
    expect(recordsManagementEvent(notEndingInData, 'rdsdata.amazonaws.com', false)).toBe(false);
    expect(recordsManagementEvent(notEndingInData, 'rds.amazonaws.com', false)).toBe(true);
  });

  it('is Unknown, never a guess, for a ReadWriteType CloudTrail does not define or an unreadable selector', () => {
    const reasonOf = (basic: unknown, advanced: unknown) => {
      const clauses = managementEventsOf(basic, advanced);
      return isUnknown(clauses) ? clauses.reason : undefined;
    };
    expect(reasonOf([{ ReadWriteType: 'Everything' }], undefined)).toContain('ReadWriteType');
    expect(reasonOf(['not a selector'], undefined)).toContain('not an object');
    expect(reasonOf([{ ExcludeManagementEventSources: 'kms.amazonaws.com' }], undefined)).toContain(
      'ExcludeManagementEventSources',
    );
    expect(reasonOf(undefined, [{ Name: 'no field selectors' }])).toContain('no FieldSelectors');
    expect(
      reasonOf(undefined, [management(undefined, 'Equals', { Field: 'readOnly', StartsWith: ['t'] })]),
    ).toContain('readOnly');
    expect(
      reasonOf(undefined, [management(undefined, 'Equals', { Field: 'eventSource', Like: ['kms*'] })]),
    ).toContain('narrows management events by eventSource with Like');
    expect(reasonOf(undefined, [management(undefined, 'Equals', { Field: 'eventSource' })])).toContain(
      'without an operator',
    );
    expect(
      reasonOf(undefined, [management(undefined, 'Equals', { Field: 'userIdentity.arn', Equals: ['x'] })]),
    ).toContain('narrows management events by userIdentity.arn');
    expect(
      reasonOf(undefined, [
        management(undefined, 'Equals', source('NotEquals', ['kms.amazonaws.com']), source('Equals', ['x'])),
      ]),
    ).toContain('cannot read');
  });
});
