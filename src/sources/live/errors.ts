/** Turns an SDK exception into a recorded, classified `CallError`. */
import type { CallError, CallErrorKind } from '../snapshot/format.js';

/** Errors that answer the question ("this bucket has no policy"), not failures. */
export const NOT_FOUND_CODES = new Set([
  'ServerSideEncryptionConfigurationNotFoundError',
  'NoSuchPublicAccessBlockConfiguration',
  'NoSuchBucketPolicy',
  'NoSuchEntity',
  'NoSuchEntityException',
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
  $metadata?: { httpStatusCode?: number };
  $response?: unknown;
}

function classify(code: string, message: string, status: number | undefined): CallErrorKind {
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

export function toCallError(error: unknown): CallError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorLike;
  const rawCode = [e.Code, e.code, e.name].find((value) => typeof value === 'string' && value !== 'Error');
  const code = typeof rawCode === 'string' ? rawCode : 'Error';
  const message = (typeof e.message === 'string' ? e.message : String(error))
    .replace(/\s+/g, ' ')
    .slice(0, 500);
  const httpStatus = e.$metadata?.httpStatusCode;
  const result: CallError = { code, message, kind: classify(code, message, httpStatus) };
  if (httpStatus !== undefined) result.httpStatus = httpStatus;
  return result;
}

export function describeError(error: CallError): string {
  return `${error.code}: ${error.message}`;
}
