import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export default defineRule({
  id: 'iam-access-keys-rotated',
  title: 'Active IAM access keys are younger than {maxKeyAgeDays} days',
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.2', 'CC6.3'],
  family: 'identity',
  appliesTo: ['iam-user'],
  sources: ['live'],
  settings: {
    maxKeyAgeDays: {
      kind: 'days',
      describe:
        'The age in days past which an active access key fails (AWS Config ACCESS_KEYS_ROTATED: maxAccessKeyAge)',
      default: 90,
      min: 1,
      max: 365,
    },
  },
  rationale:
    'Long-lived access keys leak through laptops, CI logs and repositories, and stay valid until someone notices. ' +
    'Rotating them at least every {maxKeyAgeDays} days bounds how long a leaked key is useful; roles avoid keys altogether.',
  remediation: {
    summary:
      'Create a new key, switch its users over, then deactivate and delete the old one; prefer IAM roles.',
    cli: 'aws iam create-access-key --user-name <user>; aws iam update-access-key --user-name <user> --access-key-id <old> --status Inactive; aws iam delete-access-key --user-name <user> --access-key-id <old>',
  },
  equivalents: {
    guard: ['ACCESS_KEYS_ROTATED'],
    prowler: ['iam_rotate_access_key_90_days'],
    steampipe: ['iam_user_access_key_age_90'],
    fsbp: ['IAM.3'],
  },
  evaluate(user, inventory, { maxKeyAgeDays }) {
    if (isUnknown(user.accessKeys)) return undetermined(user.accessKeys);
    const active = user.accessKeys.filter((key) => key.active);
    if (active.length === 0) return notApplicable('no active access keys', { activeKeys: 0 });
    const scannedAt = inventory.meta.scannedAt;
    const now = scannedAt === undefined ? Number.NaN : Date.parse(scannedAt);
    if (Number.isNaN(now))
      return undetermined('the scan time is not recorded, so key ages cannot be computed');
    const ages = active.map((key) => {
      const created = key.createdAt === undefined ? Number.NaN : Date.parse(key.createdAt);
      const ageDays = Number.isNaN(created) ? null : Math.floor((now - created) / DAY_MS);
      return { id: key.id, createdAt: key.createdAt ?? null, ageDays };
    });
    const evidence = { scannedAt: scannedAt ?? null, maxAgeDays: maxKeyAgeDays, keys: ages };
    const stale = ages.filter((key) => key.ageDays !== null && key.ageDays > maxKeyAgeDays);
    if (stale.length > 0) {
      return fail(
        `active access key(s) older than ${maxKeyAgeDays} days: ${stale.map((key) => `${key.id} (${key.ageDays} days)`).join(', ')}`,
        evidence,
      );
    }
    const undated = ages.find((key) => key.ageDays === null);
    if (undated) return undetermined(`creation date of access key ${undated.id} is unknown`, evidence);
    return pass(
      `${active.length} active key(s), the oldest ${Math.max(...ages.map((key) => key.ageDays ?? 0))} days old`,
      evidence,
    );
  },
});
