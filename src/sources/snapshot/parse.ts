/** Checks a snapshot document's shape, so a damaged file is one clear error, not a crash later. */
import { InputError } from '../../errors.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot } from './format.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function problemOf(doc: Record<string, unknown>): string | undefined {
  const identity = doc.callerIdentity;
  if (!isObject(identity) || typeof identity.account !== 'string' || typeof identity.arn !== 'string') {
    return 'callerIdentity (account, arn) is missing';
  }
  if (!isStringArray(doc.regions)) return '"regions" must be a list of region names';
  if (typeof doc.globalRegion !== 'string' || typeof doc.partition !== 'string') {
    return '"partition" and "globalRegion" are required';
  }
  if (!Array.isArray(doc.calls)) return '"calls" must be a list';
  for (const [index, call] of doc.calls.entries()) {
    if (
      !isObject(call) ||
      typeof call.service !== 'string' ||
      typeof call.action !== 'string' ||
      typeof call.region !== 'string' ||
      !Array.isArray(call.responses) ||
      (call.params !== undefined && !isObject(call.params)) ||
      (call.at !== undefined && typeof call.at !== 'string') ||
      (call.error !== undefined &&
        (!isObject(call.error) || typeof call.error.code !== 'string' || typeof call.error.kind !== 'string'))
    ) {
      return `calls[${index}] is not a recorded call (service, action, region, responses)`;
    }
  }
  return undefined;
}

export function parseSnapshot(text: string, file: string): Snapshot {
  if (text.trim() === '') throw new InputError(`snapshot ${file} is empty`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new InputError(`snapshot ${file} is not valid JSON (truncated?): ${(error as Error).message}`);
  }
  if (!isObject(doc) || doc.format !== SNAPSHOT_FORMAT) {
    throw new InputError(`${file} is not a soc2 snapshot (expected "format": "${SNAPSHOT_FORMAT}")`);
  }
  if (doc.version !== SNAPSHOT_VERSION) {
    throw new InputError(
      `snapshot ${file} has version ${JSON.stringify(doc.version)}; this tool reads version ${SNAPSHOT_VERSION}`,
    );
  }
  const problem = problemOf(doc);
  if (problem) throw new InputError(`snapshot ${file} is damaged: ${problem}`);
  return doc as unknown as Snapshot;
}
