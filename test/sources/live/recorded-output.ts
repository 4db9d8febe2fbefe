/**
 * NORMALIZE on hand-made recorded answers: an `Output` over call records shaped as
 * the scan records them, so a normalizer can be fed a malformed or partial AWS
 * answer directly, and its resources compared with plain values (an Unknown shows
 * as `UNKNOWN: <reason>`, the text an auditor reads).
 */
import { Output, RawCalls } from '../../../src/sources/live/normalize/raw.js';
import type { ApiCall } from '../../../src/sources/live/service.js';
import type { CallError, CallRecord, Snapshot } from '../../../src/sources/snapshot/format.js';
import type { JsonValue } from '../../../src/engine/rule.js';

export { plain } from '../../support/plain.js';

export const ACCOUNT = '111122223333';

export const DENIED: CallError = { code: 'AccessDenied', message: 'not authorized', kind: 'denied' };
export const NOT_FOUND: CallError = { code: 'NoSuchThing', message: 'not found', kind: 'not-found' };

/** A call's answer: its pages, or an error (with the pages read before it). */
export interface RecordedAnswer {
  responses?: unknown[];
  error?: CallError;
}

/** One recorded call. */
export function recorded<In, Out>(
  call: ApiCall<In, Out>,
  input: In,
  answer: RecordedAnswer,
  region = 'us-east-1',
): CallRecord {
  const record: CallRecord = {
    service: call.service,
    action: call.action,
    region,
    responses: (answer.responses ?? []) as JsonValue[],
  };
  const params = call.params(input);
  if (params !== undefined) record.params = params;
  if (answer.error) record.error = answer.error;
  return record;
}

export function outputOf(calls: CallRecord[], region = 'us-east-1'): Output {
  const snapshot: Snapshot = {
    format: 'soc2-snapshot',
    version: 1,
    tool: { name: 'soc2-evidence', version: 'test' },
    startedAt: '2026-11-20T12:00:00.000Z',
    finishedAt: '2026-11-20T12:00:01.000Z',
    callerIdentity: { account: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/scanner`, userId: 'AIDA' },
    partition: 'aws',
    regions: [region],
    globalRegion: 'us-east-1',
    parameters: {},
    calls,
  };
  return new Output(new RawCalls(snapshot), ACCOUNT, 'aws', region);
}
