import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { CredentialReportRow } from './credential-report.js';

/** Cells of the report that mean "never used" (no password, no key, or no use recorded). */
const NEVER_USED = new Set(['N/A', 'no_information']);
const ROOT_USE_COLUMNS = ['password_last_used', 'access_key_1_last_used_date', 'access_key_2_last_used_date'];

/**
 * The latest use of the root password or access keys in the credential
 * report's `<root_account>` row; null: none recorded. A cell that is neither
 * a date nor a documented "none" makes the answer unknown.
 */
export function rootLastUsed(root: CredentialReportRow | undefined, whyNoRow: string): Maybe<string | null> {
  if (!root) return unknown(whyNoRow);
  let latest: number | undefined;
  for (const column of ROOT_USE_COLUMNS) {
    const cell = root[column];
    if (cell === undefined || NEVER_USED.has(cell)) continue;
    const at = Date.parse(cell);
    if (Number.isNaN(at)) return unknown(`the credential report's root ${column} is unreadable: "${cell}"`);
    if (latest === undefined || at > latest) latest = at;
  }
  return latest === undefined ? null : new Date(latest).toISOString();
}
