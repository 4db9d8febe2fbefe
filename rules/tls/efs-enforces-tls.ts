import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown, unknown, type Unknown } from '../../src/inventory/maybe.js';
import type { EfsFileSystem } from '../../src/inventory/model.js';
import {
  isEveryonePrincipal,
  onlyInsecureTransport,
  statementsOf,
  stringsOf,
  unknownInside,
  iamWildcardMatches,
  usesNegatedElements,
  type Statement,
} from '../lib/policy-conditions.js';

const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'];
/** File system ids no pattern singles out: a template's file system gets its id at deployment. */
const ANY_IDS = ['fs-0123456789abcdef0', 'fs-a'];

/** A literal ARN field of the pattern (the account it names), or undefined when it has wildcards. */
function literalField(pattern: string, position: number): string | undefined {
  const field = pattern.split(':')[position];
  return field !== undefined && !/[*?]/.test(field) ? field : undefined;
}

/**
 * The ARNs the file system may have, each with its partitions: its own when the
 * source read it. In a template, whose file system id, account (and perhaps
 * region) are set only at deployment, a few that differ in each, then those in
 * the region and account the pattern names, which it may be deployed to.
 */
function possibleArns(fileSystem: EfsFileSystem, pattern: string): { any: string[][]; named: string[][] } {
  if (fileSystem.arn !== undefined) return { any: [[fileSystem.arn]], named: [] };
  const arns = (region: string, account: string): string[][] =>
    ANY_IDS.map((id) =>
      PARTITIONS.map(
        (partition) => `arn:${partition}:elasticfilesystem:${region}:${account}:file-system/${id}`,
      ),
    );
  const regions = fileSystem.region !== undefined ? [fileSystem.region] : ['us-east-1', 'eu-west-3'];
  return {
    any: regions.flatMap((region) =>
      ['111111111111', '999999999999'].flatMap((account) => arns(region, account)),
    ),
    named: arns(
      fileSystem.region ?? literalField(pattern, 3) ?? 'us-east-1',
      literalField(pattern, 4) ?? '111111111111',
    ),
  };
}

/**
 * Whether the statement's Resource covers this file system: absent (a file
 * system policy then governs its own file system), `*`, or a pattern matching
 * its ARN whatever the template leaves to deployment.
 */
function coversFileSystem(resource: unknown, fileSystem: EfsFileSystem): boolean | Unknown {
  if (resource === undefined) return true;
  let undecided: Unknown | undefined;
  for (const item of Array.isArray(resource) ? (resource as unknown[]) : [resource]) {
    if (typeof item !== 'string') {
      undecided ??= isUnknown(item)
        ? unknown(`the Resource of the Deny did not resolve: ${item.reason}`)
        : unknown('the Resource of the Deny is not text');
      continue;
    }
    const { any, named } = possibleArns(fileSystem, item);
    const matches = (arns: string[]) => arns.some((arn) => iamWildcardMatches(item, arn));
    if (any.every(matches) && named.every(matches)) return true;
    if (any.some(matches) || named.some(matches)) {
      undecided ??= unknown(
        `the Resource ${item} of the Deny matches the file system only for some of the accounts or regions it may be deployed to`,
      );
    }
  }
  return undecided ?? false;
}

/**
 * Deny, to everyone, of mounting (every NFS access starts with ClientMount)
 * when aws:SecureTransport is false: no client can then reach the data in clear.
 */
function deniesPlainMounts(statement: Statement, fileSystem: EfsFileSystem): boolean | Unknown {
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
  if (!actions.some((action) => iamWildcardMatches(action, 'elasticfilesystem:ClientMount', true)))
    return false;
  // Any further condition narrows the Deny to some of the insecure mounts.
  if (!onlyInsecureTransport(statement.Condition)) return false;
  return coversFileSystem(statement.Resource, fileSystem);
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
      const denies = deniesPlainMounts(statement, fileSystem);
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
