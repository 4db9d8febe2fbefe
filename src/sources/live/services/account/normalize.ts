import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import { answerOrNone } from '../../normalize/answer-or-none.js';
import type { Output } from '../../normalize/raw.js';
import { GET_SECURITY_CONTACT } from './calls.js';

/**
 * The security contact's email address; null: none is registered. A fact of
 * the `aws-account` resource, which the IAM normalizer emits.
 */
export function securityContactOf(out: Output): Maybe<string | null> {
  const answer = answerOrNone(out, GET_SECURITY_CONTACT, 'ResourceNotFoundException');
  if (answer.unknown) return answer.unknown;
  if (answer.none) return null;
  return (
    answer.value.AlternateContact?.EmailAddress ??
    unknown('account:GetAlternateContact returned no security contact email')
  );
}

/** Nothing of its own: its fact is read into the `aws-account` resource by the IAM normalizer. */
export function normalizeAccount(): void {}
