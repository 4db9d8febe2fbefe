import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A rotation runs within a window after it is due (up to a day for day schedules): late by less is on time. */
export const ROTATION_GRACE_DAYS = 1;

export default defineRule({
  id: 'secret-rotated-as-scheduled',
  title: 'Secrets with rotation enabled were rotated on schedule',
  severity: 'medium',
  criteria: ['CC6.1'],
  family: 'identity',
  appliesTo: ['secretsmanager-secret'],
  sources: ['live'],
  rationale:
    'Rotation that is switched on but failing (a broken rotation function, a network path the function lost) ' +
    'leaves the same secret in use while the configuration says otherwise. The last rotation (or the creation, ' +
    `if it never rotated) must be no older than the schedule's interval plus ${ROTATION_GRACE_DAYS} day of rotation window.`,
  remediation: {
    summary:
      "Find why rotation failed (the rotation function's CloudWatch logs), fix it, then rotate the secret.",
    cli: 'aws secretsmanager rotate-secret --secret-id <id>',
  },
  equivalents: {
    steampipe: ['secretsmanager_secret_rotated_as_scheduled'],
  },
  evaluate(secret, inventory) {
    if (isUnknown(secret.rotationEnabled)) return undetermined(secret.rotationEnabled);
    if (!secret.rotationEnabled)
      return notApplicable('rotation is not enabled (secret-rotation-enabled fails it)');
    const interval = secret.rotationIntervalDays;
    if (interval === undefined || isUnknown(interval))
      return undetermined(interval ?? 'the rotation schedule is not recorded');
    const last = secret.lastRotatedAt;
    if (isUnknown(last)) return undetermined(last);
    const since = last ?? secret.createdAt;
    const scannedAt = inventory.meta.scannedAt;
    const now = scannedAt === undefined ? Number.NaN : Date.parse(scannedAt);
    const then = since === undefined ? Number.NaN : Date.parse(since);
    if (Number.isNaN(now) || Number.isNaN(then))
      return undetermined('the scan time or the last rotation date is not recorded');
    const ageDays = (now - then) / DAY_MS;
    const evidence = {
      intervalDays: interval,
      lastRotatedAt: last ?? null,
      createdAt: secret.createdAt ?? null,
      ageDays: Math.floor(ageDays),
    };
    const what = last ? 'last rotated' : 'never rotated, created';
    return ageDays > interval + ROTATION_GRACE_DAYS
      ? fail(`${what} ${Math.floor(ageDays)} days ago; the schedule is every ${interval} days`, evidence)
      : pass(`${what} ${Math.floor(ageDays)} days ago, within the ${interval}-day schedule`, evidence);
  },
});
