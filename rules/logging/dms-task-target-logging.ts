import { defineRule } from '../../src/engine/rule.js';
import { componentsLogged } from '../lib/dms-logging.js';

export default defineRule({
  id: 'dms-task-target-logging',
  title: 'DMS replication tasks log their target database activity',
  severity: 'low',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['dms-replication-task'],
  rationale:
    'With task logging on, DMS records errors and warnings while writing to the target database (full load and change apply) in CloudWatch Logs: the record ' +
    'of what a migration did to the data. Tasks created without settings do not log.',
  remediation: {
    summary:
      'Enable task logging with TARGET_APPLY and TARGET_LOAD at LOGGER_SEVERITY_DEFAULT or more verbose.',
    cloudformation:
      'AWS::DMS::ReplicationTask: `ReplicationTaskSettings` JSON with `Logging: { EnableLogging: true, LogComponents: [...] }`',
    cli: 'aws dms modify-replication-task --replication-task-arn <arn> --replication-task-settings file://settings.json',
  },
  equivalents: {
    prowler: ['dms_replication_task_target_logging_enabled'],
    steampipe: ['dms_replication_task_target_database_logging_enabled'],
  },
  evaluate(task) {
    return componentsLogged(task, ['TARGET_APPLY', 'TARGET_LOAD']);
  },
});
