import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'ecs-task-definition-logging',
  title: 'ECS task definitions configure logging for every container',
  severity: 'high',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['ecs-task-definition'],
  rationale:
    "A container without a log configuration writes to the host's Docker log only (nothing at all on Fargate), which " +
    'is lost with the task. As in Prowler and FSBP ECS.9, every container definition must name a log driver; live, ' +
    'the latest active revision of each family is judged.',
  remediation: {
    summary: 'Add a LogConfiguration (awslogs, awsfirelens, splunk ...) to every container definition.',
    cloudformation:
      'AWS::ECS::TaskDefinition ContainerDefinitions[]: `LogConfiguration: { LogDriver: awslogs, Options: { awslogs-group: ..., awslogs-region: ..., awslogs-stream-prefix: ... } }`',
    cdk: 'taskDefinition.addContainer("App", { logging: ecs.LogDrivers.awsLogs({ streamPrefix: "app" }), ... })',
    cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json (with logConfiguration in each container)',
  },
  equivalents: {
    prowler: ['ecs_task_definitions_logging_enabled'],
    steampipe: ['ecs_task_definition_logging_enabled'],
    fsbp: ['ECS.9'],
  },
  evaluate(definition) {
    if (isUnknown(definition.containers)) return undetermined(definition.containers);
    if (definition.containers.length === 0) return notApplicable('the task definition has no containers');
    const unread = definition.containers.find((container) => isUnknown(container.logDriver));
    const missing = definition.containers
      .filter((container) => container.logDriver === undefined)
      .map((container) => container.name);
    if (missing.length > 0) {
      return fail(`containers without a log configuration: ${missing.join(', ')}`, {
        containersWithoutLogging: missing,
      });
    }
    if (unread && isUnknown(unread.logDriver)) return undetermined(unread.logDriver);
    return pass(
      definition.containers.length === 1
        ? 'its container configures a log driver'
        : `all ${definition.containers.length} containers configure a log driver`,
      {
        logDrivers: definition.containers.map(
          (container) => `${container.name}: ${String(container.logDriver)}`,
        ),
      },
    );
  },
});
