/**
 * A loopback AWS: a node:http server on 127.0.0.1 that answers the real AWS
 * wire protocols (awsJson, query, ec2, rest-xml, rest-json) from a FakeAccount,
 * so the unmodified @aws-sdk/client-* clients, with their retries and
 * paginators, run against it through `endpoint` or AWS_ENDPOINT_URL.
 */
export type { FakeAwsOptions, FaultRule, FaultKind, RecordedCall, FakeAws } from './types.js';
export { startFakeAws } from './server.js';
export { SUPPORTED_OPERATIONS } from './registry.js';
export { scanLowerBound, type LowerBoundInput, type LowerBound, type PacedBucket } from './lower-bound.js';
export * from './account.js';
export * from './organization.js';
export * from './sample-organization.js';
