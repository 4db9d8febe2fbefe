import { defineRule } from '../../src/engine/rule.js';
import { resourcePolicyOutcome } from '../lib/public-statements.js';

export default defineRule({
  id: 'ecr-repository-not-public',
  title: 'ECR repositories are not open to everyone',
  severity: 'high',
  criteria: ['CC6.1', 'C1.1'],
  family: 'network',
  appliesTo: ['ecr-repository'],
  rationale:
    'Container images carry code, configuration and often secrets baked in by mistake. A repository policy that ' +
    'allows "*" lets any AWS account pull them, or push over them when it allows writes.',
  remediation: {
    summary: 'Grant pull access to named accounts or the organization (aws:PrincipalOrgID) instead of "*".',
    cloudformation:
      'AWS::ECR::Repository: `RepositoryPolicyText` statements with named principals or an aws:PrincipalOrgID condition',
    cdk: 'repository.grantPull(new iam.AccountPrincipal("111122223333"))',
    cli: 'aws ecr delete-repository-policy --repository-name <repo>',
  },
  equivalents: {
    prowler: ['ecr_repositories_not_publicly_accessible'],
    steampipe: ['ecr_repository_prohibit_public_access'],
  },
  evaluate(repository) {
    return resourcePolicyOutcome(repository.policyStatements, 'policy');
  },
});
