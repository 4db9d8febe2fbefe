/**
 * Makes SDK responses safe to keep: JSON-only values (dates as ISO strings,
 * bytes as UTF-8 text), no `$metadata`, and no secret values. A field named
 * like a secret (SecretAccessKey, SessionToken, ClientSecret, Password ...)
 * keeps its key, so the evidence shows something was there, but not its value.
 */
import type { JsonValue } from '../../engine/rule.js';

export const REDACTED = '[REDACTED]';

const SECRET_KEY =
  /(secretaccesskey|secretkey|sessiontoken|accesstoken|refreshtoken|clientsecret|privatekey|password|secret|credentials|token)$/i;
/** Pagination cursors are named like tokens but carry nothing secret; they are not needed either. */
const DROPPED_KEYS = new Set([
  '$metadata',
  'NextToken',
  'nextToken',
  'NextMarker',
  'Marker',
  'position',
  'ContinuationToken',
]);

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

export function toSafeJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toSafeJson);
  if (typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (inner === undefined || DROPPED_KEYS.has(key)) continue;
      out[key] =
        isSecretKey(key) && inner !== null && typeof inner !== 'boolean' ? REDACTED : toSafeJson(inner);
    }
    return out;
  }
  return null;
}
