/**
 * Which resource-policy statements let anyone in (rules/lib/public-statements.ts),
 * read by kms-key-not-public, lambda-not-public, logs-resource-policy-not-public and
 * ecr-repository-not-public: one public principal among several is enough, in any
 * AWS partition, and only a condition that confines the callers takes it back.
 */
import { describe, expect, it } from 'vitest';
import { isPublicStatement } from '../../../rules/lib/public-statements.js';
import type { PolicyStatement } from '../../../src/inventory/model.js';

const allow = (principals: string[], conditionKeys: string[] = []): PolicyStatement => ({
  effect: 'Allow',
  principals,
  actions: ['kms:Decrypt'],
  conditionKeys,
});

const CASES: { name: string; statement: PolicyStatement; isPublic: boolean }[] = [
  { name: 'Allow to *', statement: allow(['*']), isPublic: true },
  { name: 'Deny to *', statement: { ...allow(['*']), effect: 'Deny' }, isPublic: false },
  {
    name: 'Allow to an account and to *',
    statement: allow(['arn:aws:iam::111122223333:root', '*']),
    isPublic: true,
  },
  { name: 'Allow to every account root', statement: allow(['arn:aws:iam::*:root']), isPublic: true },
  {
    name: 'every account root in GovCloud',
    statement: allow(['arn:aws-us-gov:iam::*:root']),
    isPublic: true,
  },
  { name: 'every account root in China', statement: allow(['arn:aws-cn:iam::*:root']), isPublic: true },
  { name: 'one account root', statement: allow(['arn:aws:iam::111122223333:root']), isPublic: false },
  { name: 'a role named like the wildcard', statement: allow(['arn:aws:iam::*:rootish']), isPublic: false },
  { name: 'text before the wildcard ARN', statement: allow(['xarn:aws:iam::*:root']), isPublic: false },
  { name: 'a service principal', statement: allow(['logs.amazonaws.com']), isPublic: false },
  {
    name: '* confined to one source account',
    statement: allow(['*'], ['aws:sourceaccount']),
    isPublic: false,
  },
  { name: '* confined to an organization', statement: allow(['*'], ['aws:principalorgid']), isPublic: false },
  {
    name: '* with a condition that confines nobody',
    statement: allow(['*'], ['aws:securetransport']),
    isPublic: true,
  },
];

describe('public resource-policy statements', () => {
  it.each(CASES)('$name: public is $isPublic', ({ statement, isPublic }) => {
    expect(isPublicStatement(statement)).toBe(isPublic);
  });
});
