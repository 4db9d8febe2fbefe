import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'root-hardware-mfa',
  title: "The root user's MFA is a hardware device or security key, not a virtual one",
  severity: 'high',
  criteria: ['CC6.1', 'CC6.2'],
  family: 'identity',
  appliesTo: ['aws-account'],
  sources: ['live'],
  rationale:
    'A virtual MFA lives on a phone that is backed up, replaced and carried everywhere; a hardware token or ' +
    "FIDO2 security key kept in a safe is not copied. For the account's most powerful identity the CIS AWS " +
    "Foundations Benchmark asks for hardware. Read as Prowler does: root has MFA, and no assigned virtual MFA device is root's.",
  remediation: {
    summary:
      'Sign in as root, remove the virtual MFA device and register a FIDO2 security key or a hardware TOTP token.',
    cli: 'No API: IAM console > Security credentials (as root) > Assign MFA device > Passkey or security key / Hardware TOTP token',
  },
  equivalents: {
    fsbp: ['IAM.6'],
    prowler: ['iam_root_hardware_mfa_enabled'],
    steampipe: ['iam_root_user_hardware_mfa_enabled'],
  },
  evaluate(account) {
    if (isUnknown(account.rootMfaEnabled)) return undetermined(account.rootMfaEnabled);
    if (!account.rootMfaEnabled)
      return fail('the root user has no MFA device at all', { rootMfaEnabled: false });
    const virtual = account.rootVirtualMfa;
    if (virtual === undefined) return undetermined('the virtual MFA devices were not read');
    if (isUnknown(virtual)) return undetermined(virtual);
    return virtual
      ? fail("the root user's MFA is a virtual device", { rootMfaEnabled: true, rootVirtualMfa: true })
      : pass("the root user's MFA is a hardware device or security key", {
          rootMfaEnabled: true,
          rootVirtualMfa: false,
        });
  },
});
