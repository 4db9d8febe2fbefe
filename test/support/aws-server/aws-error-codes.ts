import type { FaultKind } from './types.js';

export { AwsError } from './aws-error.js';
export type ErrorCodeKind =
  Exclude<FaultKind, 'Latency' | 'Truncated'> | 'DisabledRegion' | 'UnknownOperation';
