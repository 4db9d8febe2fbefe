import { unknown } from '../../../../inventory/maybe.js';
import type { EcsContainerLogging } from '../../../../inventory/model.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_TASK_DEFINITION, LIST_TASK_DEFINITIONS } from './calls.js';
import { latestRevisions } from './latest.js';

export function normalizeEcs(out: Output): void {
  const arns = out
    .list(LIST_TASK_DEFINITIONS, ['ecs-task-definition'])
    .flatMap((page) => page.taskDefinitionArns ?? []);
  for (const arn of latestRevisions(arns)) {
    const described = out.one(DESCRIBE_TASK_DEFINITION, arn);
    const definition = described.value?.taskDefinition;
    const containers = definition?.containerDefinitions;
    out.add({
      type: 'ecs-task-definition',
      id: arn,
      arn,
      name: arn.split('/').at(-1),
      region: out.region,
      origin: out.origin,
      containers:
        described.unknown ??
        (containers === undefined
          ? unknown(`ECS task definition ${arn}: DescribeTaskDefinition returned no container definitions`)
          : containers.map((container, i): EcsContainerLogging => ({
              name: container.name ?? `container ${i + 1}`,
              // logConfiguration is left out of a container that has none.
              logDriver: container.logConfiguration?.logDriver,
            }))),
    });
  }
}
