import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

/** Glue 5.0 and later log every job to CloudWatch in real time; the argument does not exist there. */
function alwaysLogs(version: string): boolean {
  const major = Number.parseFloat(version);
  return Number.isFinite(major) && major >= 5;
}

export default defineRule({
  id: 'glue-job-logging',
  title: 'Glue jobs log continuously to CloudWatch',
  severity: 'medium',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['glue-job'],
  rationale:
    'A Spark job that logs only when it ends leaves no trace of a run that hangs, is killed or reads data it should ' +
    'not; continuous logging streams driver and executor logs to CloudWatch while it runs. Prowler decides this ' +
    "check on the job's LogUri, a field Glue reserves for future use, so it fails nearly every job; this rule reads " +
    'what turns logging on instead: the `--enable-continuous-cloudwatch-log` argument up to Glue 4.0, and Glue 5.0 ' +
    'and later, which always log in real time. Python shell and Ray jobs have no continuous logging and are not judged.',
  remediation: {
    summary:
      'Set the job argument `--enable-continuous-cloudwatch-log` to `true`, or move the job to Glue 5.0.',
    cloudformation:
      "AWS::Glue::Job: `DefaultArguments: { '--enable-continuous-cloudwatch-log': 'true' }` or `GlueVersion: '5.0'`",
    cdk: 'new glue.PySparkEtlJob(this, "Job", { continuousLogging: { enabled: true }, ... })',
    cli: 'aws glue update-job --job-name <job> --job-update \'{"DefaultArguments":{"--enable-continuous-cloudwatch-log":"true"}, ...}\'',
  },
  equivalents: {
    prowler: ['glue_etl_jobs_logging_enabled'],
  },
  evaluate(job) {
    if (job.continuousLogging === true) {
      return pass('continuous logging to CloudWatch is on', { continuousLogging: true });
    }
    if (isUnknown(job.glueVersion)) return undetermined(job.glueVersion);
    if (alwaysLogs(job.glueVersion)) {
      return pass(`Glue ${job.glueVersion} logs every run to CloudWatch in real time`, {
        glueVersion: job.glueVersion,
      });
    }
    if (isUnknown(job.command)) return undetermined(job.command);
    if (job.command === 'pythonshell' || job.command === 'glueray') {
      return notApplicable(`a ${job.command} job has no continuous logging`, { command: job.command });
    }
    if (isUnknown(job.continuousLogging)) return undetermined(job.continuousLogging);
    return fail(
      job.continuousLogging === false
        ? `continuous logging is turned off (Glue ${job.glueVersion})`
        : `continuous logging is not enabled (Glue ${job.glueVersion}, no --enable-continuous-cloudwatch-log)`,
      { continuousLogging: job.continuousLogging ?? false, glueVersion: job.glueVersion },
    );
  },
});
