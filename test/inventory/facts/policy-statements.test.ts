/**
 * policyStatements reads the resource policies the public-access rules judge
 * (Lambda, ECR, KMS, logs, backup vaults). A statement read as narrower than it
 * is would turn a public resource into PASS, so anything it does not follow is
 * Unknown, never "no statements" or "no principal".
 */
import { describe, expect, it } from 'vitest';
import { policyStatements } from '../../../src/inventory/facts/policy-statements.js';
import { isUnknown, type Maybe } from '../../../src/inventory/maybe.js';

function shown<T>(value: Maybe<T>): T | string {
  return isUnknown(value) ? `UNKNOWN: ${value.reason}` : value;
}

const allowAll = { Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction' };

describe('policyStatements', () => {
  it('reads an object or its JSON text the same way', () => {
    const expected = [
      {
        effect: 'Allow',
        principals: ['*'],
        actions: ['lambda:InvokeFunction'],
        conditionKeys: [],
        conditions: [],
      },
    ];
    expect(policyStatements({ Statement: [allowAll] }, 'fn')).toEqual(expected);
    expect(policyStatements(JSON.stringify({ Statement: [allowAll] }), 'fn')).toEqual(expected);
  });

  it('a single statement object counts as a list of one; no Statement is no statements', () => {
    expect(policyStatements({ Statement: allowAll }, 'fn')).toHaveLength(1);
    expect(policyStatements({ Version: '2012-10-17' }, 'fn')).toEqual([]);
  });

  it('flattens every principal form, keeping each one', () => {
    const statements = policyStatements(
      {
        Statement: [
          { ...allowAll, Principal: { AWS: '*' } },
          {
            ...allowAll,
            Principal: {
              AWS: ['111122223333', 'arn:aws:iam::444455556666:root'],
              Service: 's3.amazonaws.com',
            },
          },
          { ...allowAll, Principal: ['*'] },
          { Effect: 'Deny', Action: ['kms:*', 'kms:Decrypt'] },
        ],
      },
      'key',
    );
    expect(shown(statements)).toEqual([
      {
        effect: 'Allow',
        principals: ['*'],
        actions: ['lambda:InvokeFunction'],
        conditionKeys: [],
        conditions: [],
      },
      {
        effect: 'Allow',
        principals: ['111122223333', 'arn:aws:iam::444455556666:root', 's3.amazonaws.com'],
        actions: ['lambda:InvokeFunction'],
        conditionKeys: [],
        conditions: [],
      },
      {
        effect: 'Allow',
        principals: ['*'],
        actions: ['lambda:InvokeFunction'],
        conditionKeys: [],
        conditions: [],
      },
      {
        effect: 'Deny',
        principals: [],
        actions: ['kms:*', 'kms:Decrypt'],
        conditionKeys: [],
        conditions: [],
      },
    ]);
  });

  it('keeps every condition key, lower-cased, across operators, with its operator and values', () => {
    const statements = policyStatements(
      {
        Statement: {
          ...allowAll,
          Condition: {
            StringEquals: { 'aws:PrincipalOrgID': 'o-1', 'AWS:SourceAccount': '1' },
            ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::b' },
          },
        },
      },
      'fn',
    );
    expect(shown(statements)).toEqual([
      {
        effect: 'Allow',
        principals: ['*'],
        actions: ['lambda:InvokeFunction'],
        conditionKeys: ['aws:principalorgid', 'aws:sourceaccount', 'aws:sourcearn'],
        conditions: [
          { operator: 'StringEquals', key: 'aws:principalorgid', values: ['o-1'] },
          { operator: 'StringEquals', key: 'aws:sourceaccount', values: ['1'] },
          { operator: 'ArnLike', key: 'aws:sourcearn', values: ['arn:aws:s3:::b'] },
        ],
      },
    ]);
  });

  it.each([
    ['text that is not JSON', '{"Statement": [', 'fn: the policy is not valid JSON'],
    ['a JSON array', '[]', 'fn: the policy is not a JSON object'],
    ['null', null, 'fn: the policy is not a JSON object'],
    [
      'a statement that is not an object',
      { Statement: [allowAll, 'Allow *'] },
      'fn: statement 1 is not an object',
    ],
    [
      'NotPrincipal',
      { Statement: [{ ...allowAll, Principal: undefined, NotPrincipal: { AWS: '1' } }] },
      'fn: statement 0 uses NotPrincipal or NotAction',
    ],
    [
      'NotAction',
      { Statement: [{ ...allowAll, Action: undefined, NotAction: 's3:Get*' }] },
      'fn: statement 0 uses NotPrincipal or NotAction',
    ],
    [
      'an Effect other than Allow or Deny',
      { Statement: [{ ...allowAll, Effect: 'allow' }] },
      'fn: statement 0 could not be read',
    ],
    ['no Effect', { Statement: [{ ...allowAll, Effect: undefined }] }, 'fn: statement 0 could not be read'],
    [
      'a principal that is not a string',
      { Statement: [{ ...allowAll, Principal: 7 }] },
      'fn: statement 0 could not be read',
    ],
    [
      'a principal map with a non-string entry',
      { Statement: [{ ...allowAll, Principal: { AWS: ['1', 2] } }] },
      'fn: statement 0 could not be read',
    ],
    [
      'a principal map entry that is an object',
      { Statement: [{ ...allowAll, Principal: { AWS: { Ref: 'P' } } }] },
      'fn: statement 0 could not be read',
    ],
    [
      'an action that is not a string',
      { Statement: [{ ...allowAll, Action: { Ref: 'A' } }] },
      'fn: statement 0 could not be read',
    ],
    [
      'an action list with a non-string',
      { Statement: [{ ...allowAll, Action: ['s3:GetObject', 1] }] },
      'fn: statement 0 could not be read',
    ],
    [
      'a condition that is not a map',
      { Statement: [{ ...allowAll, Condition: 'aws:SourceArn' }] },
      'fn: statement 0 could not be read',
    ],
    [
      'a condition that is a number',
      { Statement: [{ ...allowAll, Condition: 7 }] },
      'fn: statement 0 could not be read',
    ],
    [
      'a condition value that is a map',
      { Statement: [{ ...allowAll, Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'A' } } } }] },
      'fn: statement 0 could not be read',
    ],
    [
      'a condition operator that is not a map',
      { Statement: [{ ...allowAll, Condition: { StringEquals: ['x'] } }] },
      'fn: statement 0 could not be read',
    ],
  ])('%s is Unknown', (_name, document, reason) => {
    expect(shown(policyStatements(document, 'fn'))).toBe(`UNKNOWN: ${reason}`);
  });

  it('one unreadable statement makes the whole policy Unknown, even after a readable one', () => {
    expect(isUnknown(policyStatements({ Statement: [allowAll, { ...allowAll, Principal: 1 }] }, 'fn'))).toBe(
      true,
    );
  });
});
