import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'codebuild-source-no-url-credentials',
  title: 'CodeBuild source URLs carry no user name or token',
  severity: 'high',
  criteria: ['CC6.1'],
  family: 'identity',
  appliesTo: ['codebuild-project'],
  rationale:
    'A repository URL like https://user:token@host/repo stores a personal access token in the project, where ' +
    'every reader of the project sees it, and it keeps working after its owner leaves. CodeBuild connects ' +
    'to GitHub, GitHub Enterprise and Bitbucket through OAuth, a CodeConnections connection or a stored source credential instead.',
  remediation: {
    summary:
      'Remove the credentials from the URL, revoke the token, and connect the source through OAuth or a CodeConnections connection.',
    cloudformation:
      'Source.Location without user:token@; Source.Auth: { Type: OAUTH } or a CODECONNECTIONS resource',
    cli: 'aws codebuild import-source-credentials ...; aws codebuild update-project --name <p> --source type=GITHUB,location=https://github.com/org/repo.git',
  },
  equivalents: {
    fsbp: ['CodeBuild.1'],
    prowler: ['codebuild_project_source_repo_url_no_sensitive_credentials'],
  },
  evaluate(project) {
    if (isUnknown(project.sources)) return undetermined(project.sources);
    if (project.sources.length === 0) return notApplicable('no source');
    if (project.sources.some((source) => source.credentialsInUrl === true))
      return fail('a source URL carries a user name or token', { sources: project.sources.length });
    const undecided = project.sources.find((source) => isUnknown(source.credentialsInUrl));
    if (undecided && isUnknown(undecided.credentialsInUrl)) return undetermined(undecided.credentialsInUrl);
    return pass('no source URL carries credentials', { sources: project.sources.length });
  },
});
