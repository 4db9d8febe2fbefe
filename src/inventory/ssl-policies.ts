/**
 * TLS protocols offered by Elastic Load Balancing's predefined security
 * policies, as AWS documents them ("Security policies for your Application
 * Load Balancer" / "... Network Load Balancer"). Live scans prefer
 * DescribeSSLPolicies; templates rely on this table. A name missing here is
 * UNKNOWN, never guessed.
 *
 * Checked against the ALB and NLB "Security policies" tables (2026): the
 * TLS13 2021-06 family, the FIPS 2023-04 family, the post-quantum (PQ) and
 * FIPS-PQ 2025-09 families, the RFC 9151 (CNSA 1.0) 2023-07 family, the FS
 * policies and the older TLS/2015-2016 policies. TLS13-1-0-* and TLS13-1-1-*
 * offer TLS 1.3 but keep TLS 1.0/1.1. ELBSecurityPolicy-2015-05 is listed for
 * NLB only; ELBSecurityPolicy-TLS-1-0-2015-04 is Classic Load Balancer only.
 */
const TLS12_13 = ['TLSv1.2', 'TLSv1.3'];
const TLS13 = ['TLSv1.3'];
const TLS11_13 = ['TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const TLS10_13 = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const TLS12 = ['TLSv1.2'];
const TLS11_12 = ['TLSv1.1', 'TLSv1.2'];
const TLS10_12 = ['TLSv1', 'TLSv1.1', 'TLSv1.2'];

const POLICIES: Record<string, string[]> = {
  'ELBSecurityPolicy-TLS13-1-2-2021-06': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Res-2021-06': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-1-2021-06': TLS11_13,
  'ELBSecurityPolicy-TLS13-1-0-2021-06': TLS10_13,
  'ELBSecurityPolicy-TLS13-1-3-2021-06': TLS13,
  'ELBSecurityPolicy-TLS13-1-2-PQ-2025-09': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09': TLS13,
  'ELBSecurityPolicy-TLS13-1-0-PQ-2025-09': TLS10_13,
  'ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04': TLS11_13,
  'ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04': TLS10_13,
  'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04': TLS13,
  'ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09': TLS13,
  'ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09': TLS10_13,
  'ELBSecurityPolicy-TLS13-1-3-RFC9151-FIPS-2023-07': TLS13,
  'ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-Ext0-RFC9151-FIPS-2023-07': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP1-FIPS-2023-07': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP2-FIPS-2023-07': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP3-FIPS-2023-07': TLS12_13,
  'ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP4-FIPS-2023-07': TLS12_13,
  'ELBSecurityPolicy-FS-1-2-Res-2020-10': TLS12,
  'ELBSecurityPolicy-FS-1-2-Res-2019-08': TLS12,
  'ELBSecurityPolicy-FS-1-2-2019-08': TLS12,
  'ELBSecurityPolicy-FS-1-1-2019-08': TLS11_12,
  'ELBSecurityPolicy-FS-2018-06': TLS10_12,
  'ELBSecurityPolicy-TLS-1-2-Ext-2018-06': TLS12,
  'ELBSecurityPolicy-TLS-1-2-2017-01': TLS12,
  'ELBSecurityPolicy-TLS-1-1-2017-01': TLS11_12,
  'ELBSecurityPolicy-2016-08': TLS10_12,
  'ELBSecurityPolicy-2015-05': TLS10_12,
};

/**
 * The policy a listener gets when `SslPolicy` is omitted outside the console
 * (API, CLI, CloudFormation, CDK). Source: "Security policies for your
 * Application Load Balancer" and "... Network Load Balancer", Considerations:
 * "Other methods (for example, the AWS CLI, AWS CloudFormation, and the AWS CDK)
 * - The default security policy is ELBSecurityPolicy-2016-08." (The console
 * default, ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09, never applies to templates.)
 */
export const API_DEFAULT_SSL_POLICY = 'ELBSecurityPolicy-2016-08';

export function builtInSslPolicyProtocols(policyName: string): string[] | undefined {
  // hasOwn: a name such as "constructor" must not reach Object.prototype.
  return Object.hasOwn(POLICIES, policyName) ? POLICIES[policyName] : undefined;
}
