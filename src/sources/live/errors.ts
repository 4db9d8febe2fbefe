/** Turns an SDK exception into a recorded, classified `CallError`. */
import type { CallError, CallErrorKind } from '../snapshot/format.js';

/** Errors that answer the question ("this bucket has no policy"), not failures. */
export const NOT_FOUND_CODES = new Set([
  'ServerSideEncryptionConfigurationNotFoundError',
  'NoSuchPublicAccessBlockConfiguration',
  'NoSuchBucketPolicy',
  'NoSuchEntity',
  'NoSuchEntityException',
  // S3 and EFS: "this bucket / file system has none" (lifecycle, replication, Object Lock, backup policy).
  'NoSuchLifecycleConfiguration',
  'ReplicationConfigurationNotFoundError',
  'ObjectLockConfigurationNotFoundError',
  'PolicyNotFound',
]);

const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'AuthorizationErrorException',
  'Forbidden',
  'ForbiddenException',
  'WAFAccessDeniedException',
  'UnauthorizedException',
]);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'SlowDown',
  'RequestThrottled',
  'RequestThrottledException',
  'ProvisionedThroughputExceededException',
  'LimitExceededException',
]);
const OPT_IN = new Set([
  'OptInRequired',
  'AuthFailure',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
]);
const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'AbortError']);
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT']);

interface SdkErrorLike {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number; attempts?: number };
  $response?: unknown;
  /** MalformedResponseError: what the endpoint sent. */
  detail?: unknown;
}

function classify(code: string, message: string, status: number | undefined): CallErrorKind {
  if (code === 'MalformedResponse') return 'unparsable';
  if (NOT_FOUND_CODES.has(code)) return 'not-found';
  if (DENIED.has(code)) return 'denied';
  if (THROTTLED.has(code) || status === 429) return 'throttled';
  if (OPT_IN.has(code)) return 'opt-in';
  if (TIMEOUT.has(code) || /timed? ?out/i.test(message)) return 'timeout';
  if (NETWORK.has(code)) return 'network';
  if (/deserializ|unexpected end|not valid json|parse/i.test(message) || code === 'SyntaxError')
    return 'unparsable';
  if (status !== undefined && status >= 500) return 'server';
  if (status === 403) return 'denied';
  return 'other';
}

function attemptsText(attempts: number | undefined): string {
  return attempts !== undefined && attempts > 1 ? ` (${attempts} attempts)` : '';
}

/**
 * A plain reason for errors whose SDK text helps no one ("Deserialization
 * error: to see the raw response, inspect the hidden field..."); the SDK's
 * text is kept as `detail`, evidence only.
 */
function plainMessage(kind: CallErrorKind, raw: string, e: SdkErrorLike): string | undefined {
  const status = e.$metadata?.httpStatusCode;
  const attempts = attemptsText(e.$metadata?.attempts);
  if (kind === 'timeout') {
    const limit = /configured (\d+) ms requestTimeout/.exec(raw)?.[1];
    return `no answer${limit ? ` within ${limit} ms` : ''}: the request timed out${attempts}`;
  }
  if (kind === 'unparsable' && typeof e.detail !== 'string') {
    return `the endpoint's answer${status !== undefined ? ` (HTTP ${status})` : ''} could not be read as an API response (cut short or not in the service's format); check AWS_ENDPOINT_URL or the proxy`;
  }
  if (kind === 'network') return `could not reach the endpoint (${String(e.code ?? e.name)})${attempts}`;
  return undefined;
}

export function toCallError(error: unknown): CallError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorLike;
  const rawCode = [e.Code, e.code, e.name].find((value) => typeof value === 'string' && value !== 'Error');
  const code = typeof rawCode === 'string' ? rawCode : 'Error';
  const raw = (typeof e.message === 'string' ? e.message : String(error)).replace(/\s+/g, ' ').slice(0, 500);
  const httpStatus = e.$metadata?.httpStatusCode;
  const kind = classify(code, raw, httpStatus);
  const plain = plainMessage(kind, raw, e);
  const result: CallError = { code, message: plain ?? raw, kind };
  if (httpStatus !== undefined) result.httpStatus = httpStatus;
  if (typeof e.detail === 'string') result.detail = e.detail;
  else if (plain !== undefined) result.detail = raw;
  return result;
}

/** `Code: message`, without repeating a code the message already names, nor a generic or SDK-internal one. */
export function describeError(error: CallError): string {
  // A message put in plain words (detail set) stands alone; the code is in the evidence.
  if (error.code === 'Error' || error.detail !== undefined || error.message.includes(error.code))
    return error.message;
  return `${error.code}: ${error.message}`;
}
