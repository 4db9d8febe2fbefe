/** The identity of an API call, for memoization and for finding its recorded response. */
import type { JsonValue } from '../../engine/rule.js';

export type Params = Record<string, JsonValue>;

function stable(value: JsonValue | undefined): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stable(value[key])}`).join(',')}}`;
}

export function callKey(service: string, action: string, region: string, params?: Params): string {
  return `${service}|${action}|${region}|${stable(params ?? {})}`;
}
