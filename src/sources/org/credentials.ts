/**
 * Credentials of a member account's role, shared by every client of that
 * account's scan: one sts:AssumeRole, not one per client, and a new one when
 * the session nears its expiry, so a scan longer than the role's session
 * (an hour by default, and at most an hour when roles are chained) goes on.
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

/** Renew this long before the session expires: a call signed just before expiry can still be in flight. */
export const REFRESH_BEFORE_MS = 5 * 60_000;

export function refreshingCredentials(
  assume: () => Promise<AwsCredentialIdentity>,
  now: () => number = Date.now,
): AwsCredentialIdentityProvider {
  let current: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  const fresh = (credentials: AwsCredentialIdentity) =>
    credentials.expiration === undefined || credentials.expiration.getTime() - now() > REFRESH_BEFORE_MS;
  return () => {
    if (current && fresh(current)) return Promise.resolve(current);
    pending ??= assume()
      .then((credentials) => {
        current = credentials;
        return credentials;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}
