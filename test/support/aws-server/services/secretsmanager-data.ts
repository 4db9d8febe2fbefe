/** What the fake account holds for Secrets Manager, merged into FakeRegion from here so account.ts stays small. */
import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';

declare module '../account.js' {
  interface FakeRegion {
    /** ListSecrets entries as AWS returns them (RotationEnabled left out when never configured). */
    /** `resourcePolicies`: GetResourcePolicy's policy text by secret ARN (a secret not there has none). */
    secretsmanager?: { secrets: SecretListEntry[]; resourcePolicies?: Record<string, string> };
  }
}
