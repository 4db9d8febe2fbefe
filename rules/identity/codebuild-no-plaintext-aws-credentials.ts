import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

/** Names the AWS SDKs and CLI read credentials from. */
export const AWS_CREDENTIAL_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];

export default defineRule({
  id: 'codebuild-no-plaintext-aws-credentials',
  title: 'CodeBuild projects keep no AWS credentials in plaintext environment variables',
  severity: 'critical',
  criteria: ['CC6.1'],
  family: 'identity',
  appliesTo: ['codebuild-project'],
  rationale:
    'A PLAINTEXT environment variable is shown to anyone who can read the project (console, API, ' +
    'BatchGetProjects) and printed in build logs. AWS credentials there are a long-lived key handed to every ' +
    'reader, and the build does not need them: it runs with its service role. Counted: a PLAINTEXT variable ' +
    `named ${AWS_CREDENTIAL_VARIABLES.join(', ')}, or whose value is an access key id (AKIA/ASIA...).`,
  remediation: {
    summary:
      'Delete the variables and the key behind them; grant the service role what the build needs, or use a SECRETS_MANAGER variable.',
    cloudformation: 'Environment.EnvironmentVariables: Type: SECRETS_MANAGER (or drop the AWS_* variables)',
    cdk: 'environmentVariables: { X: { type: codebuild.BuildEnvironmentVariableType.SECRETS_MANAGER, value: secretName } }',
  },
  equivalents: {
    fsbp: ['CodeBuild.2'],
    steampipe: ['codebuild_project_plaintext_env_variables_no_sensitive_aws_values'],
  },
  evaluate(project) {
    if (isUnknown(project.environmentVariables)) return undetermined(project.environmentVariables);
    const plaintext = project.environmentVariables.filter((variable) => variable.type === 'PLAINTEXT');
    const exposed = plaintext
      .filter(
        (variable) =>
          AWS_CREDENTIAL_VARIABLES.includes(variable.name.toUpperCase()) || variable.valueIsAccessKeyId,
      )
      .map((variable) => variable.name);
    const evidence = { plaintextVariables: plaintext.map((variable) => variable.name) };
    if (exposed.length > 0)
      return fail(`AWS credentials in plaintext variables: ${exposed.join(', ')}`, evidence);
    const undecided = project.environmentVariables.find((variable) => isUnknown(variable.type));
    if (undecided && isUnknown(undecided.type)) return undetermined(undecided.type, evidence);
    return pass('no AWS credentials in plaintext environment variables', evidence);
  },
});
