/**
 * The password policy on recorded answers the sample lacks (issue 12, found by
 * mutation testing): an answer without PasswordPolicy is UNKNOWN saying so, never
 * a policy with every setting off or a crash; NoSuchEntity is no policy.
 */
import { describe, expect, it } from 'vitest';
import { GET_ACCOUNT_PASSWORD_POLICY } from '../../../src/sources/live/services/iam/calls.js';
import { normalizeIam } from '../../../src/sources/live/services/iam/normalize.js';
import { DENIED, NOT_FOUND, outputOf, plain, recorded, type RecordedAnswer } from './recorded-output.js';

function passwordPolicy(answer: RecordedAnswer): unknown {
  const out = outputOf([recorded(GET_ACCOUNT_PASSWORD_POLICY, undefined, answer)]);
  normalizeIam(out);
  const account = out.resources.find((resource) => resource.type === 'aws-account');
  if (account?.type !== 'aws-account') throw new Error('no account normalized');
  return plain(account.passwordPolicy);
}

describe('IAM password policy, recorded shapes', () => {
  it.each<[string, RecordedAnswer, unknown]>([
    [
      'a policy',
      {
        responses: [
          {
            PasswordPolicy: {
              MinimumPasswordLength: 14,
              RequireSymbols: true,
              PasswordReusePrevention: 24,
              MaxPasswordAge: 90,
            },
          },
        ],
      },
      {
        minimumLength: 14,
        requireSymbols: true,
        requireNumbers: undefined,
        requireUppercase: undefined,
        requireLowercase: undefined,
        maxAgeDays: 90,
        reusePrevention: 24,
      },
    ],
    [
      'an answer without PasswordPolicy',
      { responses: [{}] },
      'UNKNOWN: iam:GetAccountPasswordPolicy returned no policy',
    ],
    ['no policy (NoSuchEntity)', { error: NOT_FOUND }, undefined],
    [
      'a denied call',
      { error: DENIED },
      'UNKNOWN: iam:GetAccountPasswordPolicy failed in us-east-1: AccessDenied: not authorized',
    ],
  ])('%s', (_name, answer, expected) => {
    expect(passwordPolicy(answer)).toEqual(expected);
  });
});
