/** Facts compared as plain values: an Unknown shows as `UNKNOWN: <reason>`, the text an auditor reads. */
import { Unknown } from '../../src/inventory/maybe.js';

/** The value with every Unknown replaced by `UNKNOWN: <reason>`, for whole-object comparison. */
export function plain(value: unknown): unknown {
  if (value instanceof Unknown) return `UNKNOWN: ${value.reason}`;
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, plain(entry)]));
  }
  return value;
}
