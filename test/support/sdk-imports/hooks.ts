/**
 * Module-resolution hook (runs on Node's loader thread): appends every
 * `@aws-sdk/client-*` specifier a process resolves to the file named by
 * SDK_IMPORT_LOG, so a test can tell which SDK clients a command loaded.
 */
import { appendFileSync } from 'node:fs';

type Resolve = (specifier: string, context: unknown) => Promise<unknown>;

const log = process.env.SDK_IMPORT_LOG;

export async function resolve(specifier: string, context: unknown, next: Resolve): Promise<unknown> {
  const resolved = await next(specifier, context);
  if (log && /^@aws-sdk\/client-/.test(specifier)) appendFileSync(log, `${specifier}\n`);
  return resolved;
}
