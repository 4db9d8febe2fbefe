import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import { answerOrNone } from '../../normalize/answer-or-none.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_ORGANIZATION } from './calls.js';

/**
 * The id of the organization the account belongs to; null: none. A fact of
 * the `aws-account` resource, which the IAM normalizer emits.
 */
export function organizationOf(out: Output): Maybe<string | null> {
  const answer = answerOrNone(out, DESCRIBE_ORGANIZATION, 'AWSOrganizationsNotInUseException');
  if (answer.unknown) return answer.unknown;
  if (answer.none) return null;
  return (
    answer.value.Organization?.Id ?? unknown('organizations:DescribeOrganization returned no organization id')
  );
}

/** Nothing of its own: its fact is read into the `aws-account` resource by the IAM normalizer. */
export function normalizeOrganizations(): void {}
