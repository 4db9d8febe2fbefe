import type { FaultKind, WireFaultKind } from './types.js';

export { AwsError } from './aws-error.js';
export type ErrorCodeKind =
  Exclude<FaultKind, 'Latency' | 'Truncated' | WireFaultKind> | 'DisabledRegion' | 'UnknownOperation';
