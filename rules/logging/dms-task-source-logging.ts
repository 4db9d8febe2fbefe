import { defineRule } from '../../src/engine/rule.js';
import { componentsLogged } from '../lib/dms-logging.js';

export default defineRule({
  id: 'dms-task-source-logging',
  title: 'DMS replication tasks log their source database activity',
  severity: 'low',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['dms-replication-task'],
  rationale:
    'With task logging on, DMS records errors and warnings while reading the source database (full load unload and change capture) in CloudWatch Logs: the record ' +
    'of what a migration did to the data. Tasks created without settings do not log.',
  remediation: {
    summary:
      'Enable task logging with SOURCE_CAPTURE and SOURCE_UNLOAD at LOGGER_SEVERITY_DEFAULT or more verbose.',
    cloudformation:
      'AWS::DMS::ReplicationTask: `ReplicationTaskSettings` JSON with `Logging: { EnableLogging: true, LogComponents: [...] }`',
    cli: 'aws dms modify-replication-task --replication-task-arn <arn> --replication-task-settings file://settings.json',
  },
  equivalents: {
    prowler: ['dms_replication_task_source_logging_enabled'],
    steampipe: ['dms_replication_task_source_database_logging_enabled'],
  },
  evaluate(task) {
    return componentsLogged(task, ['SOURCE_CAPTURE', 'SOURCE_UNLOAD']);
  },
});
