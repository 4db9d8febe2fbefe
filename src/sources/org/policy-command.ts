/** `soc2 policy [--for scan|management|trust]`: which policy to print, and its inputs checked. */
import { InputError } from '../../errors.js';
import { managementPolicy, memberTrustPolicy } from './policy.js';
import { checkAccountIds } from './select.js';

export interface PolicyInputs {
  roleName?: string;
  scannerAccount?: string;
  externalId?: string;
}

export async function policyFor(kind: string, inputs: PolicyInputs): Promise<object> {
  const misplaced = (
    [
      ['--role-name', inputs.roleName !== undefined, kind === 'management'],
      ['--scanner-account', inputs.scannerAccount !== undefined, kind === 'trust'],
      ['--external-id', inputs.externalId !== undefined, kind === 'trust'],
    ] as const
  ).find(([, given, fits]) => given && !fits);
  if (misplaced) throw new InputError(`${misplaced[0]} does not apply to soc2 policy --for ${kind}`);
  if (kind === 'management') return managementPolicy(inputs.roleName);
  if (kind === 'trust') {
    if (inputs.scannerAccount === undefined)
      throw new InputError(
        'soc2 policy --for trust needs --scanner-account ID (the account --org runs from)',
      );
    checkAccountIds('--scanner-account', [inputs.scannerAccount]);
    return memberTrustPolicy(inputs.scannerAccount, inputs.externalId);
  }
  const { scannerPolicy } = await import('../live/policy.js');
  return scannerPolicy();
}
