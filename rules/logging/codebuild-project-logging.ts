import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { firstUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'codebuild-project-logging',
  title: 'CodeBuild projects send build logs to CloudWatch Logs or S3',
  severity: 'medium',
  criteria: ['CC7.2', 'CC8.1'],
  family: 'logging',
  appliesTo: ['codebuild-project'],
  rationale:
    'Build logs show what was built from which commit and what the build did with its permissions; without ' +
    'them a tampered or failed release cannot be investigated. CloudWatch Logs are on unless disabled, S3 logs ' +
    'off unless enabled (CodeBuild API reference); either destination is enough.',
  remediation: {
    summary: 'Enable CloudWatch Logs (the default) or S3 logs for the project.',
    cloudformation: 'LogsConfig: { CloudWatchLogs: { Status: ENABLED } }',
    cdk: 'logging: { cloudWatch: { logGroup } }',
    cli: 'aws codebuild update-project --name <p> --logs-config cloudWatchLogs={status=ENABLED}',
  },
  equivalents: {
    fsbp: ['CodeBuild.4'],
    prowler: ['codebuild_project_logging_enabled'],
    steampipe: ['codebuild_project_logging_enabled'],
  },
  evaluate(project) {
    const evidence = {
      cloudWatchLogs: typeof project.cloudWatchLogs === 'boolean' ? project.cloudWatchLogs : null,
      s3Logs: typeof project.s3Logs === 'boolean' ? project.s3Logs : null,
    };
    if (project.cloudWatchLogs === true || project.s3Logs === true)
      return pass(project.cloudWatchLogs === true ? 'logs go to CloudWatch Logs' : 'logs go to S3', evidence);
    const open = firstUnknown(project.cloudWatchLogs, project.s3Logs);
    if (open) return undetermined(open, evidence);
    return fail('neither CloudWatch Logs nor S3 logs are enabled', evidence);
  },
});
