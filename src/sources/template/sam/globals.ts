/**
 * SAM's `Globals` section: properties shared by every resource of a kind,
 * merged the way the SAM translator does. A resource's own scalar wins,
 * mappings merge key by key, lists are the global items followed by the
 * resource's own. An intrinsic function counts as a scalar.
 */
import { isRecord } from '../read.js';
import { newRecord } from '../records.js';

/** `Globals` key -> the SAM resource type it applies to. */
const GLOBAL_SECTIONS: Record<string, string> = {
  Function: 'AWS::Serverless::Function',
  Api: 'AWS::Serverless::Api',
  HttpApi: 'AWS::Serverless::HttpApi',
  SimpleTable: 'AWS::Serverless::SimpleTable',
  StateMachine: 'AWS::Serverless::StateMachine',
  LayerVersion: 'AWS::Serverless::LayerVersion',
};

function isIntrinsic(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || (keys[0] ?? '').startsWith('Fn::'));
}

export function mergeGlobal(global: unknown, local: unknown): unknown {
  if (local === undefined) return global;
  if (Array.isArray(global) && Array.isArray(local))
    return [...(global as unknown[]), ...(local as unknown[])];
  if (isRecord(global) && isRecord(local) && !isIntrinsic(global) && !isIntrinsic(local)) {
    // A member-less mapping: assigning a `__proto__` key from the template only ever adds data.
    const merged: Record<string, unknown> = newRecord();
    for (const [key, value] of Object.entries(global)) merged[key] = value;
    for (const [key, value] of Object.entries(local)) merged[key] = mergeGlobal(global[key], value);
    return merged;
  }
  return local;
}

/** The properties of a SAM resource with the template's Globals for its type merged in. */
export function withGlobals(
  globals: unknown,
  samType: string,
  properties: Record<string, unknown>,
): Record<string, unknown> {
  if (!isRecord(globals)) return properties;
  for (const [section, type] of Object.entries(GLOBAL_SECTIONS)) {
    if (type !== samType || !isRecord(globals[section])) continue;
    return mergeGlobal(globals[section], properties) as Record<string, unknown>;
  }
  return properties;
}
