/** What the fake account holds for Secrets Manager, merged into FakeRegion from here so account.ts stays small. */
import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';

declare module '../account.js' {
  interface FakeRegion {
    /** ListSecrets entries as AWS returns them (RotationEnabled left out when never configured). */
    secretsmanager?: { secrets: SecretListEntry[] };
  }
}
