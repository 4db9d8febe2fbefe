import type {
  DescribeTaskDefinitionCommandOutput,
  ListTaskDefinitionsCommandOutput,
} from '@aws-sdk/client-ecs';
import { serviceCalls } from '../../service.js';

const ecs = serviceCalls('ecs', '@aws-sdk/client-ecs', 'ecs');

/** Every active revision; only the latest of each family is described. */
export const LIST_TASK_DEFINITIONS = ecs.call<ListTaskDefinitionsCommandOutput>('ListTaskDefinitions', {
  params: () => ({ status: 'ACTIVE' }),
});

export const DESCRIBE_TASK_DEFINITION = ecs.call<DescribeTaskDefinitionCommandOutput, string>(
  'DescribeTaskDefinition',
  { params: (taskDefinition) => ({ taskDefinition }), after: [LIST_TASK_DEFINITIONS] },
);
