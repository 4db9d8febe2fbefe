/**
 * A Secrets Manager rotation schedule in days, read the same way from a
 * template's RotationRules and a ListSecrets answer: AutomaticallyAfterDays,
 * or a ScheduleExpression `rate(N days)` / `rate(N hours)`. A cron expression
 * is Unknown here (its longest gap is not worked out).
 */
import { isUnknown, unknown, type Maybe } from '../maybe.js';

export function rotationIntervalDays(
  afterDays: Maybe<number | undefined>,
  expression: Maybe<string | undefined>,
  place: string,
): Maybe<number | undefined> {
  if (isUnknown(afterDays)) return afterDays;
  if (afterDays !== undefined) return afterDays;
  if (isUnknown(expression)) return expression;
  if (expression === undefined) return undefined;
  const rate = /^rate\(\s*(\d+)\s+(day|days|hour|hours)\s*\)$/i.exec(expression.trim());
  if (!rate) return unknown(`${place}: schedule "${expression}" is not a rate() expression`);
  const amount = Number(rate[1]);
  return rate[2]!.toLowerCase().startsWith('hour') ? amount / 24 : amount;
}
