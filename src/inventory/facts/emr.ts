/** EMR security configuration documents, read the same way from a template and from DescribeSecurityConfiguration. */
import { unknown, type Maybe } from '../maybe.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a security configuration turns on Kerberos: EMR authenticates users and
 * applications with Kerberos only when AuthenticationConfiguration.KerberosConfiguration is set.
 */
export function kerberosInSecurityConfiguration(document: unknown, place: string): Maybe<boolean> {
  let parsed = document;
  if (typeof document === 'string') {
    try {
      parsed = JSON.parse(document) as unknown;
    } catch {
      return unknown(`${place}: the security configuration is not valid JSON`);
    }
  }
  if (!isObject(parsed)) return unknown(`${place}: the security configuration is not a JSON object`);
  const authentication = parsed.AuthenticationConfiguration;
  if (authentication === undefined) return false;
  if (!isObject(authentication)) return unknown(`${place}: AuthenticationConfiguration is not an object`);
  return isObject(authentication.KerberosConfiguration);
}
