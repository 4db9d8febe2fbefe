/**
 * Every AWS API operation the live source can send, by SDK client package,
 * with the IAM action that allows it: derived from the calls the scan and each
 * service module declare. The scanner policy is generated from this table, and
 * a test checks that the collectors send nothing outside it.
 */
import { callsOf, LIVE_SERVICES } from './catalog.js';
import type { LiveService } from './service.js';

export interface Operation {
  /** IAM action, e.g. `s3:GetEncryptionConfiguration` (IAM names differ from API names for S3). */
  iam: string;
  /** Resource ARNs when narrower than `*` (API Gateway authorizes reads by path). */
  resources?: string[];
}

export type Operations = Record<string, Record<string, Operation>>;

export function operationsOf(services: readonly LiveService[]): Operations {
  const table: Operations = {};
  for (const call of callsOf(services)) {
    const operations = (table[call.sdkPackage] ??= {});
    const operation: Operation = { iam: call.iam };
    if (call.resources) operation.resources = [...call.resources];
    const declared = operations[call.action];
    if (declared && JSON.stringify(declared) !== JSON.stringify(operation)) {
      throw new Error(`${call.sdkPackage} ${call.action} is declared twice, with different IAM actions`);
    }
    operations[call.action] = operation;
  }
  return table;
}

export const OPERATIONS: Operations = operationsOf(LIVE_SERVICES);
