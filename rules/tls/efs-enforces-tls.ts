import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown, type Unknown } from '../../src/inventory/maybe.js';
import {
  isEveryonePrincipal,
  onlyInsecureTransport,
  statementsOf,
  stringsOf,
  unknownInside,
  usesNegatedElements,
  type Statement,
} from '../lib/policy-conditions.js';

/** Whether an IAM action pattern (`*`, `elasticfilesystem:Client*`) matches an action, as IAM does: case-insensitively. */
function actionMatches(pattern: string, action: string): boolean {
  const regex = pattern
    .toLowerCase()
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(action.toLowerCase());
}

/**
 * Deny, to everyone, of mounting (every NFS access starts with ClientMount)
 * when aws:SecureTransport is false: no client can then reach the data in clear.
 */
function deniesPlainMounts(statement: Statement): boolean | Unknown {
  const deciding = unknownInside([
    statement.Effect,
    statement.Principal,
    statement.Action,
    statement.Condition,
  ]);
  if (deciding) return deciding;
  if (statement.Effect !== 'Deny' || !isEveryonePrincipal(statement.Principal)) return false;
  if (usesNegatedElements(statement)) return false;
  const actions = stringsOf(statement.Action);
  if (!actions.some((action) => actionMatches(action, 'elasticfilesystem:ClientMount'))) return false;
  // Any further condition narrows the Deny to some of the insecure mounts.
  return onlyInsecureTransport(statement.Condition);
}

export default defineRule({
  id: 'efs-enforces-tls',
  title: 'EFS file system policies deny access without TLS',
  severity: 'medium',
  criteria: ['CC6.7', 'CC6.1'],
  family: 'tls',
  appliesTo: ['efs-file-system'],
  rationale:
    'EFS accepts NFS mounts with and without TLS; whether a client encrypts depends on how it mounts (the EFS ' +
    'mount helper with `-o tls`). Only a file system policy that denies mounting to everyone when ' +
    '`aws:SecureTransport` is false makes sure no client reads or writes the files in clear text.',
  remediation: {
    summary:
      'Give the file system a policy statement: Effect Deny, Principal {"AWS": "*"}, Action "*", Condition {"Bool": {"aws:SecureTransport": "false"}}, and mount with TLS.',
    cloudformation:
      'AWS::EFS::FileSystem: `FileSystemPolicy: { Version: "2012-10-17", Statement: [{ Effect: Deny, Principal: { AWS: "*" }, Action: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } }] }`',
    cdk: 'new efs.FileSystem(this, "Fs", { vpc, enforceSsl: true })',
    cli: 'aws efs put-file-system-policy --file-system-id <fs-id> --policy file://deny-insecure-transport.json',
  },
  equivalents: {
    steampipe: ['efs_file_system_enforces_ssl'],
  },
  evaluate(fileSystem) {
    const policy = fileSystem.fileSystemPolicy;
    if (policy === undefined) return undetermined('the file system policy was not read');
    if (isUnknown(policy)) return undetermined(policy);
    if (policy === 'none') {
      return fail('the file system has no file system policy, so clients may mount it without TLS');
    }
    const statements = statementsOf(policy.document);
    if (isUnknown(statements)) return undetermined(statements);
    let undecided: Unknown | undefined;
    for (const [position, statement] of statements.entries()) {
      const denies = deniesPlainMounts(statement);
      if (denies === true) {
        return pass('the file system policy denies mounting without TLS', {
          statement: typeof statement.Sid === 'string' ? statement.Sid : `statement ${position + 1}`,
        });
      }
      if (isUnknown(denies)) undecided ??= denies;
    }
    if (undecided) return undetermined(`a policy statement could not be read: ${undecided.reason}`);
    return fail('no file system policy statement denies mounting with aws:SecureTransport false');
  },
});
