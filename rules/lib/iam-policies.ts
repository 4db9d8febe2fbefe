/**
 * The policy documents a rule judges on one resource: a policy's own
 * document, or a principal's embedded inline policies (a template's
 * standalone inline policy resource is judged on itself, not again on each
 * principal it names). One verdict over several documents: any failing one
 * fails, then any unreadable one is UNKNOWN.
 */
import {
  fail,
  notApplicable,
  pass,
  undetermined,
  type Evidence,
  type Outcome,
} from '../../src/engine/rule.js';
import { isUnknown, unknown, type Maybe, type Unknown } from '../../src/inventory/maybe.js';
import { attachableElsewhere } from './attachable-elsewhere.js';
import type {
  IamGroup,
  IamPolicy,
  IamPolicyKind,
  IamRole,
  IamStatement,
  IamUser,
} from '../../src/inventory/model.js';

export type PolicyHolder = IamPolicy | IamRole | IamUser | IamGroup;
export const POLICY_HOLDER_TYPES = ['iam-policy', 'iam-role', 'iam-user', 'iam-group'] as const;
export const PRINCIPAL_TYPES = ['iam-role', 'iam-user', 'iam-group'] as const;

export interface JudgedDocument {
  label: string;
  kind: IamPolicyKind;
  statements: Maybe<IamStatement[]>;
}

/** The documents of a resource whose kind is among `kinds`, or an Unknown when its inline list was not read. */
export function documentsOf(
  resource: PolicyHolder,
  kinds: readonly IamPolicyKind[],
): JudgedDocument[] | Unknown {
  if (resource.type === 'iam-policy') {
    if (!kinds.includes(resource.kind)) return [];
    return [{ label: resource.name ?? resource.id, kind: resource.kind, statements: resource.statements }];
  }
  if (!kinds.includes('inline')) return [];
  const inline = resource.inlinePolicies;
  if (inline === undefined) return [];
  if (isUnknown(inline)) return inline;
  return inline
    .filter((policy) => policy.standaloneId === undefined)
    .map((policy) => ({ label: `inline ${policy.name}`, kind: 'inline', statements: policy.statements }));
}

/** What `check` says of one readable document: a failure message, or undefined when it passes. */
export type DocumentCheck = (statements: IamStatement[]) => string | undefined | Unknown;

export function judgeDocuments(
  resource: PolicyHolder,
  kinds: readonly IamPolicyKind[],
  check: DocumentCheck,
  passMessage: string,
): Outcome {
  const documents = documentsOf(resource, kinds);
  if (isUnknown(documents)) return undetermined(documents);
  if (documents.length === 0) return notApplicable(`no ${kinds.join(' or ')} policy document here`);
  const failures: string[] = [];
  let undecided: Unknown | undefined;
  for (const document of documents) {
    if (isUnknown(document.statements)) {
      undecided ??= document.statements;
      continue;
    }
    const verdict = check(document.statements);
    if (isUnknown(verdict)) undecided ??= verdict;
    else if (verdict !== undefined) failures.push(`${document.label}: ${verdict}`);
  }
  const evidence: Evidence = { documents: documents.map((document) => document.label) };
  if (failures.length > 0) return fail(failures.join('; '), evidence);
  if (undecided) return undetermined(undecided, evidence);
  return pass(passMessage, evidence);
}

/** `statement 2, 3` for messages. */
export function statementNumbers(numbers: readonly number[]): string {
  return `statement${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}`;
}

/**
 * Why a template principal may hold policies or groups beyond those read: a PASS on "none"
 * (or a FAIL on "in no group") cannot stand while a stack the scan did not read may add them.
 */
export function principalAttachableElsewhere(principal: PolicyHolder): Unknown | undefined {
  if (principal.type === 'iam-policy') return undefined;
  return attachableElsewhere(principal, 'attach policies or groups to it');
}

/** A principal field a source did not read at all is Unknown, never "none". */
export function principalField<T>(
  value: Maybe<T> | undefined,
  what: string,
  resource: PolicyHolder,
): Maybe<T> {
  return value === undefined ? unknown(`${what} of ${resource.name ?? resource.id} were not read`) : value;
}
