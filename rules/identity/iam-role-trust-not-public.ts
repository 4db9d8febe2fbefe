import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { PolicyCondition, PolicyStatement } from '../../src/inventory/model.js';
import { iamWildcardMatches } from '../lib/policy-conditions.js';
import { conditionConfines, isPublicStatement } from '../lib/public-statements.js';

const ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML'];
const WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity';

const allows = (statement: PolicyStatement, action: string) =>
  statement.actions.some((pattern) => iamWildcardMatches(pattern, action, true));

/** Negated operators, and the positive operator whose confinement a Deny under them implies. */
const NEGATED = new Map([
  ['stringnotequals', 'StringEquals'],
  ['stringnotequalsignorecase', 'StringEqualsIgnoreCase'],
  ['stringnotlike', 'StringLike'],
  ['arnnotequals', 'ArnEquals'],
  ['arnnotlike', 'ArnLike'],
  ['notipaddress', 'IpAddress'],
]);

/** A negated condition whose positive form confines: it holds for every caller outside what that names. */
function holdsForOutsiders(condition: PolicyCondition): boolean {
  const operator = condition.operator.toLowerCase().replace(/ifexists$/, '');
  const positive = NEGATED.get(operator);
  return positive !== undefined && conditionConfines({ ...condition, operator: positive });
}

/**
 * A Deny to everyone, for this action, unless the caller is in the organization
 * (account, network ...): the data-perimeter pattern that confines an Allow to `*`.
 * With or without IfExists, a negated operator denies a caller that lacks the key.
 * A Deny applies only when all its conditions hold, so each must hold for every
 * outsider: one more (`aws:PrincipalTag/team: red`) lets the outsiders it misses in.
 */
function deniesOutsiders(statement: PolicyStatement, action: string): boolean {
  const conditions = statement.conditions ?? [];
  return (
    statement.effect === 'Deny' &&
    statement.principals.includes('*') &&
    allows(statement, action) &&
    conditions.length > 0 &&
    conditions.every(holdsForOutsiders)
  );
}

const knownDenyConfines = (statements: readonly PolicyStatement[], action: string) =>
  statements.some(
    (statement) => statement.unresolvedCondition === undefined && deniesOutsiders(statement, action),
  );

/**
 * Why a Deny whose unresolved condition entries were set aside might still deny
 * outsiders; undefined when none might. Its known entries must each hold for
 * outsiders (it has none left: a Deny to everyone may be a perimeter too).
 */
function unresolvedDenyMightConfine(
  statements: readonly PolicyStatement[],
  action: string,
): string | undefined {
  return statements.find(
    (statement) =>
      statement.unresolvedCondition !== undefined &&
      statement.effect === 'Deny' &&
      statement.principals.includes('*') &&
      allows(statement, action) &&
      (statement.conditions ?? []).every(holdsForOutsiders),
  )?.unresolvedCondition;
}

/**
 * Web identity providers anyone can get a token from, and the claim that must
 * name the caller: a trust without it lets every GitHub repository (or every
 * Cognito identity pool, Google app ...) in.
 */
interface SharedProvider {
  name: string;
  matches(principal: string): boolean;
  claim(principal: string): string;
  /** Whether a value (of a Like operator) names particular callers. */
  confines(value: string): boolean;
}

const hasWildcard = (text: string) => /[*?]/.test(text);

/** `repo:octo-org/*`, `project_path:group/*`, `organization:org:*`: the text before any wildcard names an owner. */
const ownerBeforeWildcard = (value: string) =>
  !hasWildcard(value) || /^[^:*?]+:[^:/*?]+[:/]/.test(value.split(/[*?]/)[0] ?? '');

/** `arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com` → the provider's host and path. */
const providerOf = (principal: string) => /:oidc-provider\/(.+)$/.exec(principal)?.[1];

const oidc = (name: string, host: RegExp): SharedProvider => ({
  name,
  matches: (principal) => host.test(providerOf(principal) ?? ''),
  claim: (principal) => `${(providerOf(principal) ?? '').toLowerCase()}:sub`,
  confines: ownerBeforeWildcard,
});

const audience = (name: string, principal: string, key: string): SharedProvider => ({
  name,
  matches: (candidate) => candidate === principal,
  claim: () => key,
  confines: (value) => !hasWildcard(value),
});

const SHARED_PROVIDERS: readonly SharedProvider[] = [
  oidc('GitHub Actions', /^token\.actions\.githubusercontent\.com(\/|$)/),
  oidc('GitLab.com', /^gitlab\.com$/),
  oidc('HCP Terraform', /^app\.terraform\.io$/),
  audience('Cognito', 'cognito-identity.amazonaws.com', 'cognito-identity.amazonaws.com:aud'),
  audience('Google', 'accounts.google.com', 'accounts.google.com:aud'),
  audience('Facebook', 'graph.facebook.com', 'graph.facebook.com:app_id'),
  audience('Login with Amazon', 'www.amazon.com', 'www.amazon.com:app_id'),
];

/** A condition that must hold (positive operator, not IfExists, not ForAllValues) and names particular callers. */
function claimConfines(condition: PolicyCondition, claim: string, provider: SharedProvider): boolean {
  if (condition.key !== claim) return false;
  let operator = condition.operator.toLowerCase();
  if (operator.startsWith('forallvalues:')) return false;
  if (operator.startsWith('foranyvalue:')) operator = operator.slice('foranyvalue:'.length);
  const like = operator === 'stringlike';
  if (!like && operator !== 'stringequals') return false;
  return (
    condition.values.length > 0 &&
    condition.values.every((value) => value !== '' && (!like || provider.confines(value)))
  );
}

/** The shared providers a web-identity statement trusts without a claim that names the caller. */
function unconfinedProviders(statement: PolicyStatement): string[] {
  if (statement.effect !== 'Allow' || !allows(statement, WEB_IDENTITY)) return [];
  return statement.principals.flatMap((principal) => {
    const provider = SHARED_PROVIDERS.find((candidate) => candidate.matches(principal));
    if (!provider) return [];
    const claim = provider.claim(principal);
    const confined = (statement.conditions ?? []).some((condition) =>
      claimConfines(condition, claim, provider),
    );
    return confined ? [] : [`${provider.name} tokens without a ${claim} condition naming the caller`];
  });
}

export default defineRule({
  id: 'iam-role-trust-not-public',
  title: 'IAM role trust policies do not let anyone assume the role',
  severity: 'high',
  criteria: ['CC6.1', 'CC6.2', 'CC6.3'],
  family: 'identity',
  appliesTo: ['iam-role'],
  rationale:
    'A role\'s trust policy decides who may assume it. An Allow to "*" (or `arn:aws:iam::*:root`) for ' +
    'sts:AssumeRole, AssumeRoleWithWebIdentity or AssumeRoleWithSAML, without a condition naming an account, ' +
    'organization or network, lets any AWS principal take the role and its permissions. An sts:ExternalId ' +
    'condition does not confine it: the value is a shared string, not an identity, and anyone who learns it ' +
    'passes. A web identity provider anyone can get a token from (GitHub Actions, GitLab.com, HCP Terraform, ' +
    'Cognito, Google ...) is public in the same way unless a condition names the caller: the sub claim ' +
    'naming a repository owner, or the aud claim naming an identity pool or app. A Deny to "*" outside the ' +
    'organization (StringNotEquals aws:PrincipalOrgID) confines an Allow to "*".',
  remediation: {
    summary:
      'In the console (IAM → Roles → the role → Trust relationships → Edit trust policy), name the accounts, roles or services that may assume the role, or confine "*" with an aws:PrincipalOrgID (or aws:PrincipalAccount) condition. For GitHub Actions, require token.actions.githubusercontent.com:sub to name your repositories.',
    cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-policy.json',
    cloudformation:
      'AWS::IAM::Role: `AssumeRolePolicyDocument` statements with `Principal: { AWS: !Sub "arn:${AWS::Partition}:iam::111122223333:root" }`, or a `StringLike` condition on `token.actions.githubusercontent.com:sub: repo:my-org/my-repo:*`',
    cdk: 'new iam.Role(this, "Role", { assumedBy: new iam.AccountPrincipal("111122223333") }) // GitHub: new iam.WebIdentityPrincipal(provider.openIdConnectProviderArn, { StringLike: { "token.actions.githubusercontent.com:sub": "repo:my-org/my-repo:*" } })',
  },
  equivalents: {
    checkov: ['CKV_AWS_60'],
    prowler: ['iam_role_github_oidc_trust_subject_restricted'],
    steampipe: ['iam_role_trust_policy_prohibit_public_access'],
  },
  evaluate(role) {
    const statements = role.trustStatements;
    if (isUnknown(statements)) return undetermined(statements);
    const exposures: string[] = [];
    const undecided: string[] = [];
    const unresolvedDenies = new Set<string>();
    for (const action of ASSUME_ACTIONS) {
      // sts:ExternalId is not among the confining keys: anyone who knows the value passes it.
      const open = statements.some((statement) => allows(statement, action) && isPublicStatement(statement));
      if (!open || knownDenyConfines(statements, action)) continue;
      const unresolvedDeny = unresolvedDenyMightConfine(statements, action);
      if (unresolvedDeny === undefined) exposures.push(`anyone may call ${action}`);
      else {
        undecided.push(action);
        unresolvedDenies.add(unresolvedDeny);
      }
    }
    exposures.push(...new Set(statements.flatMap(unconfinedProviders)));
    const evidence = { statements: statements.length, exposures: exposures.length };
    if (exposures.length > 0) return fail(`the trust policy is public: ${exposures.join('; ')}`, evidence);
    if (undecided.length > 0)
      return undetermined(
        `the trust policy lets anyone call ${undecided.join(', ')} unless a Deny confines them, and that Deny's ` +
          `condition is not known: ${[...unresolvedDenies].join('; ')}`,
      );
    return pass('the trust policy names who may assume the role', evidence);
  },
});
