/** The policy of a customer-managed KMS key, as the rules that judge key policies read it. */
import { notApplicable, undetermined, type Outcome } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { KmsKey, PolicyStatement } from '../../src/inventory/model.js';

/** The key's policy statements, or the outcome when there are none to judge: AWS-managed, or not read. */
export function customerKeyPolicy(key: KmsKey): PolicyStatement[] | Outcome {
  if (isUnknown(key.keyManager)) return undetermined(key.keyManager);
  if (key.keyManager === 'AWS') return notApplicable('AWS-managed key: AWS writes its policy');
  const statements = key.policyStatements;
  if (statements === undefined) return undetermined('the key policy was not read');
  if (isUnknown(statements)) return undetermined(statements);
  return statements;
}
