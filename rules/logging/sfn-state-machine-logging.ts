import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'sfn-state-machine-logging',
  title: 'Step Functions state machines log executions to CloudWatch',
  severity: 'medium',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['sfn-state-machine'],
  rationale:
    'Execution history in the console expires after 90 days and Express workflows keep none; a logging level other ' +
    'than OFF sends execution events to CloudWatch Logs, where they can be retained and searched. Same decision as ' +
    'Prowler (any level but OFF passes).',
  remediation: {
    summary:
      'Set a logging level (ALL, ERROR or FATAL) and a CloudWatch log group destination on the state machine.',
    cloudformation:
      'AWS::StepFunctions::StateMachine: `LoggingConfiguration: { Level: ALL, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: ... } }] }`',
    cdk: 'new sfn.StateMachine(this, "Flow", { logs: { destination: logGroup, level: sfn.LogLevel.ALL }, ... })',
    cli: "aws stepfunctions update-state-machine --state-machine-arn <arn> --logging-configuration 'level=ALL,destinations=[{cloudWatchLogsLogGroup={logGroupArn=<arn>}}]'",
  },
  equivalents: {
    prowler: ['stepfunctions_statemachine_logging_enabled'],
    steampipe: ['sfn_state_machine_logging_enabled'],
    fsbp: ['StepFunctions.1'],
  },
  evaluate(machine) {
    if (isUnknown(machine.loggingLevel)) return undetermined(machine.loggingLevel);
    return machine.loggingLevel === 'OFF'
      ? fail('execution logging is OFF', { loggingLevel: 'OFF' })
      : pass(`execution logging level is ${machine.loggingLevel}`, { loggingLevel: machine.loggingLevel });
  },
});
