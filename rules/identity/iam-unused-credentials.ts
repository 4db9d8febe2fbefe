import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export default defineRule({
  id: 'iam-unused-credentials',
  title: 'IAM user credentials unused for {maxUnusedDays} days are disabled',
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.2', 'CC6.3'],
  family: 'identity',
  appliesTo: ['iam-user'],
  sources: ['live'],
  settings: {
    maxUnusedDays: {
      kind: 'days',
      describe:
        'The days without use after which a console password or active access key fails (Prowler: max_unused_access_keys_days, max_console_access_days)',
      /**
       * Steampipe's threshold (iam_user_unused_credentials_90). Prowler's SOC 2
       * checks use 45 days and are not claimed: with the default this rule
       * would pass a credential they fail.
       */
      default: 90,
      min: 1,
      max: 365,
    },
  },
  rationale:
    'A password or access key nobody has used for months belongs to someone who left or to automation that ' +
    'was replaced; it still works for whoever finds it. Removing access that is not used is what an access ' +
    'review is for. A console password or an active key not used (or, if never used, created) in the last {maxUnusedDays} days fails.',
  remediation: {
    summary: 'Deactivate the unused access keys and remove the unused console password (or the user).',
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <id> --status Inactive; aws iam delete-login-profile --user-name <user>',
  },
  equivalents: {
    fsbp: ['IAM.8'],
    steampipe: ['iam_user_unused_credentials_90'],
  },
  evaluate(user, inventory, { maxUnusedDays }) {
    const now = Date.parse(inventory.meta.scannedAt ?? '');
    if (Number.isNaN(now)) return undetermined('the scan time is not recorded, so ages cannot be computed');
    const age = (date: string | undefined) => {
      const then = date === undefined ? Number.NaN : Date.parse(date);
      return Number.isNaN(then) ? undefined : Math.floor((now - then) / DAY_MS);
    };
    const stale: string[] = [];
    const undated: string[] = [];
    if (isUnknown(user.hasConsolePassword)) return undetermined(user.hasConsolePassword);
    if (user.hasConsolePassword) {
      const used = user.passwordLastUsedAt;
      if (isUnknown(used)) return undetermined(used);
      const days = age(used ?? user.createdAt);
      if (days === undefined) undated.push('console password');
      else if (days > maxUnusedDays)
        stale.push(`console password (${used ? 'last used' : 'never used, created'} ${days} days ago)`);
    }
    if (isUnknown(user.accessKeys)) return undetermined(user.accessKeys);
    const active = user.accessKeys.filter((key) => key.active);
    for (const key of active) {
      const days = age(key.lastUsedAt ?? key.createdAt);
      if (days === undefined) undated.push(`access key ${key.id}`);
      else if (days > maxUnusedDays)
        stale.push(
          `access key ${key.id} (${key.lastUsedAt ? 'last used' : 'never used, created'} ${days} days ago)`,
        );
    }
    const evidence = { maxUnusedDays, stale, undated };
    if (stale.length > 0) return fail(`unused for over ${maxUnusedDays} days: ${stale.join(', ')}`, evidence);
    if (undated.length > 0)
      return undetermined(`when these were last used is unknown: ${undated.join(', ')}`, evidence);
    if (!user.hasConsolePassword && active.length === 0)
      return notApplicable('no console password and no active access key', evidence);
    return pass(`every credential was used in the last ${maxUnusedDays} days`, evidence);
  },
});
