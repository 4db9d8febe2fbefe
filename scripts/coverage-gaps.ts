/**
 * Why a row of the union check list has no rule, by row key (docs/coverage.md).
 * A row that gains a rule drops out of the page by itself; its reason here can
 * then go (test/docs/coverage.test.ts says which reasons are stale).
 */
export const UNCOVERED_REASONS: Readonly<Record<string, string>> = {
  '87':
    'Threat detection over recent CloudTrail events is detection, not configuration evidence; it reads event history ' +
    '(slow at scale, prowler #5920) and belongs to GuardDuty, whose enablement and findings are checked.',
  '76': 'WAF Classic reached end of life; its web ACLs cannot be created any more. WAFv2 logging is checked.',
};

/**
 * What a covered row's rules leave out of its checks, by row key (docs/coverage.md prints it beside the rules):
 * for rows whose checks are covered only in part, so the page does not read as all of them.
 */
export const COVERAGE_NOTES: Readonly<Record<string, string>> = {
  '187':
    'ec2-enclave-host-hardened covers the IMDSv2, public IP, unrestricted ingress and vsock proxy checks (any ' +
    '0.0.0.0/0 or ::/0 ingress fails, no port is allow-listed); kms-key-enclave-attestation-required covers the ' +
    'bypassable path. Not covered: host not running (a running state is an availability signal of one moment, not ' +
    'a configuration a template or an auditor can hold; enclaves die with a stopped parent, and the monitoring ' +
    'belongs to the workload); attestation not enforced on keys named or tagged "enclave" without any attestation ' +
    'condition (the scanner does not guess intent from names); PCR mismatch against golden values (no golden list ' +
    'is configured); and the CloudTrail checks for unknown images and debug-mode attestations (event history, ' +
    'like row 87).',
};
