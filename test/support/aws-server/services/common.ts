import type { FakeRegion } from '../account.js';
import { AwsError } from '../aws-error.js';
import type { CallContext } from '../service.js';

export function regionOf(ctx: CallContext): FakeRegion {
  return ctx.account.regions[ctx.region] ?? {};
}

export function required(value: string | undefined, name: string): string {
  if (value === undefined || value === '')
    throw new AwsError('MissingParameter', `The request must contain the parameter ${name}`, 400);
  return value;
}

/** Keeps the items whose key is in `wanted` (when given), failing like AWS when one is missing. */
export function selectByIds<T>(
  items: readonly T[],
  wanted: string[] | undefined,
  keyOf: (item: T) => string | undefined,
  notFound: (id: string) => AwsError,
): readonly T[] {
  if (!wanted) return items;
  const byId = new Map(items.map((item) => [keyOf(item), item]));
  return wanted.map((id) => {
    const item = byId.get(id);
    if (!item) throw notFound(id);
    return item;
  });
}
