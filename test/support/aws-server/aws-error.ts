/** An error answered in the service's own wire format (see protocols.ts). */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    /** Sender: the caller's fault; Receiver: the service's. */
    readonly type: 'Sender' | 'Receiver' = status >= 500 ? 'Receiver' : 'Sender',
  ) {
    super(message);
  }
}

export function notFound(code: string, message: string): AwsError {
  return new AwsError(code, message, 404);
}

export function invalidParameter(message: string, code = 'InvalidParameterValue'): AwsError {
  return new AwsError(code, message, 400);
}
