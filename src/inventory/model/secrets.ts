/** Secrets Manager secrets and their rotation. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';
import type { PolicyStatement } from './policy.js';

export interface SecretsManagerSecret extends ResourceBase<'secretsmanager-secret'> {
  rotationEnabled: Maybe<boolean>;
  /**
   * Days between rotations: AutomaticallyAfterDays, or a `rate(N days|hours)`
   * schedule converted; Unknown for a cron schedule or an unread one; undefined: none set.
   */
  rotationIntervalDays?: Maybe<number | undefined>;
  /** Live only: the last rotation, undefined when it never rotated. */
  lastRotatedAt?: Maybe<string | undefined>;
  createdAt?: string;
  /** The secret's resource policy statements; [] when it has none. */
  policyStatements: Maybe<PolicyStatement[]>;
}
