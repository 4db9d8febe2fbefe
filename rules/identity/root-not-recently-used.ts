import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export default defineRule({
  id: 'root-not-recently-used',
  title: 'The root user has not been used in the last {rootQuietDays} days',
  severity: 'high',
  criteria: ['CC6.1', 'CC6.2', 'CC7.2'],
  family: 'identity',
  appliesTo: ['aws-account'],
  sources: ['live'],
  settings: {
    rootQuietDays: {
      kind: 'days',
      describe: 'The days before the scan in which any use of the root user fails',
      /**
       * Steampipe's window (iam_root_last_used: any use in the last 90 days).
       * Prowler's iam_avoid_root_usage fails only a use within the last day, so
       * whatever it fails this rule fails too, at any value.
       */
      default: 90,
      min: 1,
      max: 3650,
    },
  },
  rationale:
    'The root user bypasses every IAM policy and leaves no named person in the trail. Apart from the few tasks ' +
    'only root can do, it should stay locked away; a recent sign-in or key use means it is part of daily work, ' +
    `or that someone else has it. Read from the IAM credential report's root row (password and both access keys), ` +
    'measured from the scan time: a use within {rootQuietDays} days fails. The report can be up to 4 hours old.',
  remediation: {
    summary:
      'Find out who used root and why (CloudTrail userIdentity.type = Root); move that work to IAM roles or ' +
      'Identity Center users, delete any root access keys, and keep root credentials in a safe.',
    cli: 'aws cloudtrail lookup-events --lookup-attributes AttributeKey=Username,AttributeValue=root',
  },
  equivalents: {
    prowler: ['iam_avoid_root_usage'],
    steampipe: ['iam_root_last_used'],
  },
  evaluate(account, inventory, { rootQuietDays }) {
    const now = Date.parse(inventory.meta.scannedAt ?? '');
    if (Number.isNaN(now))
      return undetermined('the scan time is not recorded, so the last use cannot be dated');
    const lastUsed = account.rootLastUsedAt;
    if (lastUsed === undefined) return undetermined('the last use of the root user was not read');
    if (isUnknown(lastUsed)) return undetermined(lastUsed);
    const evidence = { rootLastUsedAt: lastUsed, windowDays: rootQuietDays };
    if (lastUsed === null) return pass('the credential report records no use of the root user', evidence);
    const then = Date.parse(lastUsed);
    if (Number.isNaN(then)) return undetermined(`the root user's last use is not a date: ${lastUsed}`);
    const days = Math.floor((now - then) / DAY_MS);
    return days < rootQuietDays
      ? fail(`the root user was last used ${days} days before the scan (${lastUsed})`, evidence)
      : pass(`the root user was last used ${days} days before the scan (${lastUsed})`, evidence);
  },
});
