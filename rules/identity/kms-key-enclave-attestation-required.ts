import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import type { PolicyCondition, PolicyStatement } from '../../src/inventory/model.js';
import { customerKeyPolicy } from '../lib/key-policy.js';
import { iamWildcardMatches } from '../lib/policy-conditions.js';

const ATTESTATION = 'kms:recipientattestation:';

/**
 * The operations that hand out key material or plaintext: the five that take a Recipient (so attestation can
 * gate them) and ReEncryptFrom, which re-encrypts this key's ciphertext under a key the caller chooses.
 */
const SENSITIVE = [
  'kms:Decrypt',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyPair',
  'kms:GenerateRandom',
  'kms:DeriveSharedSecret',
  'kms:ReEncryptFrom',
] as const;

/** Operators that hold only when the key is present and equal to (or like) one of the values. */
const REQUIRING = /^(ForAnyValue:|ForAllValues:)?(StringEquals|StringEqualsIgnoreCase|StringLike)$/;
/** Negated operators: they hold when the key is absent, so a Deny with one fires on a call without attestation. */
const DENYING = /^(StringNotEquals|StringNotEqualsIgnoreCase|StringNotLike)(IfExists)?$/;

/** An attestation value of the all-zero PCR0 a debug-mode enclave reports. */
const DEBUG_PCR = /^0{96}$/;

const IMAGE = new Set(['imagesha384', 'pcr0']);

const isAttestation = (condition: PolicyCondition) => condition.key.startsWith(ATTESTATION);
const suffix = (condition: PolicyCondition) => condition.key.slice(ATTESTATION.length);

function grants(patterns: readonly string[], action: string): boolean {
  return patterns.some((pattern) => iamWildcardMatches(pattern, action, true));
}

/**
 * The attestation entries that an Allow requires (the key present and equal to a fixed value): not IfExists
 * (true when absent), not a wildcard value, and ForAllValues only with a Null false guard on the same key.
 */
function requiredAttestation(conditions: readonly PolicyCondition[]): PolicyCondition[] {
  const guarded = new Set(
    conditions
      .filter(
        (condition) =>
          condition.operator === 'Null' && condition.values.some((v) => v.toLowerCase() === 'false'),
      )
      .map((condition) => condition.key),
  );
  return conditions.filter(
    (condition) =>
      isAttestation(condition) &&
      REQUIRING.test(condition.operator) &&
      condition.values.length > 0 &&
      condition.values.every((value) => !/[*?]/.test(value)) &&
      (!condition.operator.startsWith('ForAllValues:') || guarded.has(condition.key)),
  );
}

/**
 * What a Deny that fires on a call without attestation still lets through, or undefined when it does not fire on
 * such a call. Its conditions must all hold for it to fire: every attestation entry must be Null true or a negated
 * operator (both hold when the key is absent). It then denies a wrong image only when it has no Null entry and
 * checks nothing but the image: with PCR8 beside PCR0, an image with the right PCR8 is let through.
 */
function denyRequirement(conditions: readonly PolicyCondition[]): { weak?: string } | undefined {
  const attestation = conditions.filter(isAttestation);
  const isNullTrue = (c: PolicyCondition) =>
    c.operator === 'Null' && c.values.some((v) => v.toLowerCase() === 'true');
  if (attestation.length === 0 || !attestation.every((c) => isNullTrue(c) || DENYING.test(c.operator)))
    return undefined;
  if (attestation.some(isNullTrue))
    return {
      weak: 'demands only that an attestation document is present, so any enclave image (even a debug-mode one) passes',
    };
  const others = [
    ...new Set(attestation.filter((c) => !IMAGE.has(suffix(c))).map((c) => suffix(c).toUpperCase())),
  ];
  if (others.length > 0)
    return {
      weak: `fires only when ${others.join(', ')} differ too, so an image matching those passes whatever its PCR0`,
    };
  return { weak: imageBinding(attestation) };
}

/** Whether a Deny reaches every principal an Allow names. */
function reaches(deny: PolicyStatement, allow: PolicyStatement): boolean {
  return (
    deny.principals.includes('*') ||
    allow.principals.every((principal) => deny.principals.includes(principal))
  );
}

/** The image an attestation requirement binds, or why it binds none. */
function imageBinding(entries: readonly PolicyCondition[]): string | undefined {
  const image = entries.filter((entry) => IMAGE.has(suffix(entry)));
  if (image.length === 0) {
    const bound = [...new Set(entries.map((entry) => suffix(entry).toUpperCase()))];
    return bound.length === 0
      ? 'requires only that an attestation document is present, so any enclave image (even a debug-mode one) passes'
      : `binds only ${bound.join(', ')}, not the enclave image (ImageSha384 or PCR0), so other images, even debug-mode ones, pass`;
  }
  if (image.some((entry) => entry.values.some((value) => DEBUG_PCR.test(value))))
    return 'accepts the all-zero PCR0 that a debug-mode enclave reports';
  return undefined;
}

export default defineRule({
  id: 'kms-key-enclave-attestation-required',
  title: 'KMS keys gated on Nitro Enclave attestation have no path around it and bind the enclave image',
  severity: 'high',
  criteria: ['CC6.1'],
  family: 'identity',
  appliesTo: ['kms-key'],
  rationale:
    'A key policy that conditions Decrypt or GenerateDataKey on kms:RecipientAttestation:* means the key material ' +
    'should reach only an attested Nitro Enclave. The gate is void when another statement allows the same ' +
    'operations without it (the default root statement with kms:*, a key-user statement) and no Deny closes ' +
    'that path, or when ReEncryptFrom lets a caller move the ciphertext under a key of its own. It is weak when it ' +
    'binds only the parent role (PCR3), instance (PCR4), kernel (PCR1) or signing certificate (PCR8): those accept ' +
    'another image, and debug-mode enclaves, whose memory the parent can read, keep PCR3, PCR4 and PCR8. Keys whose ' +
    'policy names no attestation key are not enclave keys for this rule. Grants and IAM policies are not read; ' +
    'the root statement stands for them.',
  remediation: {
    summary:
      'Allow Decrypt, GenerateDataKey*, GenerateRandom, DeriveSharedSecret and ReEncryptFrom only with StringEqualsIgnoreCase on kms:RecipientAttestation:ImageSha384 (or PCR0) of the released image, or add a Deny for them to every principal with StringNotEqualsIgnoreCase on kms:RecipientAttestation:ImageSha384 (it also fires when no attestation is sent); keep administrators to non-data actions (console: KMS > Customer managed keys > the key > Key policy > Edit).',
    cloudformation:
      'AWS::KMS::Key `KeyPolicy`: `{ Effect: Allow, Principal: { AWS: <parent role ARN> }, Action: [kms:Decrypt, kms:GenerateDataKey], Resource: "*", Condition: { StringEqualsIgnoreCase: { "kms:RecipientAttestation:ImageSha384": <EIF PCR0> } } }` plus `{ Effect: Deny, Principal: "*", Action: [kms:Decrypt, kms:GenerateDataKey*, kms:GenerateRandom, kms:DeriveSharedSecret, kms:ReEncryptFrom], Resource: "*", Condition: { StringNotEqualsIgnoreCase: { "kms:RecipientAttestation:ImageSha384": <EIF PCR0> } } }`',
    cdk: 'key.addToResourcePolicy(new iam.PolicyStatement({ effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ["kms:Decrypt", "kms:GenerateDataKey*", "kms:GenerateRandom", "kms:DeriveSharedSecret", "kms:ReEncryptFrom"], resources: ["*"], conditions: { StringNotEqualsIgnoreCase: { "kms:RecipientAttestation:ImageSha384": eifPcr0 } } }))',
    cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://enclave-key-policy.json',
  },
  equivalents: {
    prowler: ['kms_key_enclave_attestation_bypassable_path'],
  },
  evaluate(key) {
    const statements = customerKeyPolicy(key);
    if (!Array.isArray(statements)) return statements;
    const read: { statement: PolicyStatement; conditions: PolicyCondition[]; number: number }[] = [];
    for (const [index, statement] of statements.entries()) {
      if (statement.conditions === undefined)
        return undetermined(`statement ${index + 1}: only its condition keys were read, not their values`);
      read.push({ statement, conditions: statement.conditions, number: index + 1 });
    }
    if (!read.some(({ conditions }) => conditions.some(isAttestation)))
      return notApplicable(
        'the key policy gates nothing on a Nitro Enclave attestation (kms:RecipientAttestation:*)',
      );

    const denies = read.filter(({ statement }) => statement.effect === 'Deny');
    const failures: string[] = [];
    const undecided: string[] = [];
    for (const { statement, conditions, number } of read) {
      if (statement.effect !== 'Allow') continue;
      const actions = SENSITIVE.filter((action) => grants(statement.actions, action));
      if (actions.length === 0) continue;
      const required = requiredAttestation(conditions);
      if (required.length > 0) {
        const weak = imageBinding(required);
        if (weak !== undefined) failures.push(`statement ${number} ${weak}`);
        continue;
      }
      // No attestation required here: every action it grants must be closed by a Deny that fires without one.
      for (const action of actions) {
        const closing = denies.filter(
          ({ statement: deny }) => grants(deny.actions, action) && reaches(deny, statement),
        );
        let closed = false;
        let maybe = false;
        const weaknesses: string[] = [];
        for (const { conditions: denyConditions } of closing) {
          const demands = denyRequirement(denyConditions);
          if (demands === undefined) continue;
          // Any other condition narrows when the Deny fires: it may leave this path open.
          if (denyConditions.some((condition) => !isAttestation(condition))) {
            maybe = true;
            continue;
          }
          closed = true;
          if (demands.weak === undefined) {
            weaknesses.length = 0;
            break;
          }
          weaknesses.push(demands.weak);
        }
        // Closed by a Deny: its image binding (the strongest Deny's) is what this path demands.
        if (closed) {
          if (weaknesses.length > 0)
            failures.push(`statement ${number} allows ${action} where a Deny ${weaknesses[0]}`);
          continue;
        }
        if (maybe)
          undecided.push(
            `statement ${number} allows ${action} without attestation; a Deny with further conditions may close it`,
          );
        else failures.push(`statement ${number} allows ${action} without requiring an attestation`);
      }
    }
    const evidence = { statements: statements.length };
    if (failures.length > 0) return fail([...new Set(failures)].join('; '), evidence);
    if (undecided.length > 0) return undetermined(undecided.join('; '), evidence);
    return pass(
      'every statement that allows decrypting or generating key material requires an attestation of the enclave image, or a Deny demands one',
      evidence,
    );
  },
});
