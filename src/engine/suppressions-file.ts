/**
 * The suppressions file (`--suppressions FILE`), YAML or JSON:
 *
 *   suppressions:
 *     - rule: kms-key-rotation
 *       resource: "Payments/*"          # optional; id, ARN, name, logical id or CDK path, `*` wildcards
 *       justification: Key is imported material, rotated by the HSM team
 *       expires: 2027-03-31             # optional; date (end of that day, UTC) or ISO timestamp
 *
 * Every mistake is an InputError naming the file and the entry: a suppression
 * that silently does not apply (or applies forever) is worse than none.
 */
import { InputError } from '../errors.js';
import { isRecord, readDocumentFile } from './document-file.js';
import type { FileSuppression } from './suppressions.js';

const ENTRY_KEYS = new Set(['rule', 'resource', 'justification', 'expires']);
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A real calendar date or an ISO timestamp with a zone; anything else is refused. */
export function isValidExpiry(value: string): boolean {
  const date = DATE_ONLY.exec(value);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const parsed = new Date(Date.UTC(year, month - 1, day));
    return (
      parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day
    );
  }
  return TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)) && isValidExpiry(value.slice(0, 10));
}

function expiryText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  // A YAML 1.1 timestamp tag or a custom schema could hand back a Date.
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return undefined;
}

function toSuppression(
  path: string,
  index: number,
  entry: unknown,
  knownRuleIds: ReadonlySet<string>,
  suggest: (id: string) => string,
): FileSuppression {
  const where = `suppressions file ${path}: suppressions[${index}]`;
  if (!isRecord(entry)) throw new InputError(`${where}: expected a mapping with rule and justification`);
  const rule = entry.rule;
  if (typeof rule !== 'string' || rule.trim() === '')
    throw new InputError(`${where}: "rule" is missing or empty`);
  const label = `${where} (rule ${rule})`;
  for (const key of Object.keys(entry)) {
    if (!ENTRY_KEYS.has(key)) {
      throw new InputError(`${label}: unknown key "${key}" (allowed: ${[...ENTRY_KEYS].join(', ')})`);
    }
  }
  if (!knownRuleIds.has(rule)) throw new InputError(`${label}: unknown rule id "${rule}"${suggest(rule)}`);
  const justification = entry.justification;
  if (typeof justification !== 'string' || justification.trim() === '') {
    throw new InputError(`${label}: "justification" is missing or empty; every exception needs a reason`);
  }
  const suppression: FileSuppression = { rule, justification: justification.trim(), file: path };
  if (entry.resource !== undefined && entry.resource !== null) {
    if (typeof entry.resource !== 'string' || entry.resource.trim() === '') {
      throw new InputError(
        `${label}: "resource" must be a non-empty string (omit it to match every resource)`,
      );
    }
    suppression.resource = entry.resource.trim();
  }
  if (entry.expires !== undefined && entry.expires !== null) {
    const expires = expiryText(entry.expires);
    if (expires === undefined || !isValidExpiry(expires)) {
      throw new InputError(
        `${label}: "expires" ${JSON.stringify(String(entry.expires))} is not a valid date (YYYY-MM-DD or ISO timestamp with zone)`,
      );
    }
    suppression.expires = expires;
  }
  return suppression;
}

/** `path` is read relative to `cwd` (default: the process's) and reported as given. */
export async function loadSuppressionsFile(
  path: string,
  knownRuleIds: ReadonlySet<string>,
  cwd?: string,
  /** What to add to "unknown rule id": the CLI's did-you-mean. */
  suggest: (id: string) => string = () => '',
): Promise<FileSuppression[]> {
  const document = await readDocumentFile(`suppressions file ${path}`, path, cwd);
  if (document === undefined)
    throw new InputError(`suppressions file ${path}: file is empty; expected "suppressions:" with a list`);
  if (!isRecord(document) || !('suppressions' in document)) {
    throw new InputError(`suppressions file ${path}: expected a top-level "suppressions" list`);
  }
  for (const key of Object.keys(document)) {
    if (key !== 'suppressions')
      throw new InputError(`suppressions file ${path}: unknown top-level key "${key}"`);
  }
  const entries = document.suppressions;
  if (entries === null) return [];
  if (!Array.isArray(entries))
    throw new InputError(`suppressions file ${path}: "suppressions" must be a list`);
  return entries.map((entry, index) => toSuppression(path, index, entry, knownRuleIds, suggest));
}
