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
  '187':
    'Nitro Enclaves confidential-workload checks were added to Prowler in 2026-08 and are specific to enclave hosts; ' +
    'not yet modelled.',
};
