import { unknown, type Unknown } from '../../../inventory/maybe.js';
import type { ApiCall } from '../service.js';
import { errorReason, type Json, type Output } from './raw.js';

export type AnswerOrNone<T> =
  | { value: T; none?: undefined; unknown?: undefined }
  | { none: true; value?: undefined; unknown?: undefined }
  | { unknown: Unknown; value?: undefined; none?: undefined };

/**
 * The single answer of an account-level call whose one error code means
 * "there is none" (AWSOrganizationsNotInUseException, ResourceNotFoundException
 * for an alternate contact). Codes like these mean a real failure in other
 * services, so they are not global not-found codes (errors.ts).
 */
export function answerOrNone<Out>(
  out: Output,
  call: ApiCall<void, Out>,
  noneCode: string,
): AnswerOrNone<Json<Out>> {
  const { service, action } = call;
  const record = out.raw.get(service, action, out.region, call.params(undefined));
  const fullAction = `${service}:${action}`;
  if (!record) return { unknown: unknown(`${fullAction} in ${out.region} is not in the scan data`) };
  if (record.error?.code === noneCode) return { none: true };
  if (record.error) return { unknown: unknown(errorReason(service, action, out.region, record.error)) };
  const first = record.responses[0];
  if (first === undefined) return { unknown: unknown(`${fullAction} in ${out.region} returned no response`) };
  return { value: first as Json<Out> };
}
