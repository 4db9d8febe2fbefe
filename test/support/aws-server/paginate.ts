/**
 * Opaque page tokens over an in-memory list. The token encodes the offset and
 * the action that issued it, so a token replayed on another operation fails
 * like AWS does instead of silently paging.
 */
import { AwsError } from './aws-error.js';

export interface Page<T> {
  items: T[];
  /** Token of the next page; undefined on the last page. */
  next?: string;
}

export function paginate<T>(
  items: readonly T[],
  token: unknown,
  pageSize: number,
  action: string,
  invalidTokenCode = 'InvalidNextToken',
): Page<T> {
  const offset =
    token === undefined || token === null || token === ''
      ? 0
      : decodeToken(String(token), action, invalidTokenCode);
  const end = offset + pageSize;
  return { items: items.slice(offset, end), next: end < items.length ? encodeToken(end, action) : undefined };
}

function encodeToken(offset: number, action: string): string {
  return Buffer.from(JSON.stringify({ o: offset, a: action })).toString('base64url');
}

/**
 * Request fields that name where a list resumes without being one of this
 * server's tokens (DynamoDB ListTables pages by the last table name).
 */
const RESUME_FIELDS = ['ExclusiveStartTableName'];

/**
 * Whether a request asks for page 2 or later: a top-level body, form or query
 * value is a token this server issued for `action` (whatever the protocol names
 * the field: NextToken, Marker, nextToken, position ...), or a resume field is set.
 */
export function isLaterPage(action: string, ...fields: Record<string, unknown>[]): boolean {
  return fields.some((record) =>
    Object.entries(record).some(
      ([name, value]) =>
        (RESUME_FIELDS.includes(name) && value !== undefined && value !== null && value !== '') ||
        (typeof value === 'string' && tokenOffset(value, action) !== undefined),
    ),
  );
}

function tokenOffset(token: string, action: string): number | undefined {
  try {
    const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      o?: unknown;
      a?: unknown;
    };
    if (typeof decoded.o === 'number' && decoded.a === action) return decoded.o;
  } catch {
    // not one of ours
  }
  return undefined;
}

function decodeToken(token: string, action: string, code: string): number {
  const offset = tokenOffset(token, action);
  if (offset !== undefined) return offset;
  throw new AwsError(code, `Invalid pagination token for ${action}: ${token}`, 400);
}

/** Page size: the server's, or the caller's MaxRecords/MaxResults/Limit/MaxItems when smaller. */
export function pageSizeOf(serverPageSize: number, requested: unknown): number {
  const asked =
    typeof requested === 'number'
      ? requested
      : typeof requested === 'string' && requested !== ''
        ? Number(requested)
        : NaN;
  return Number.isFinite(asked) && asked > 0 ? Math.min(serverPageSize, asked) : serverPageSize;
}
