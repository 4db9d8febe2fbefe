import type {
  DescribeEndpointConfigCommandOutput,
  DescribeNotebookInstanceCommandOutput,
  ListEndpointConfigsCommandOutput,
  ListNotebookInstancesCommandOutput,
} from '@aws-sdk/client-sagemaker';
import { serviceCalls } from '../../service.js';

const sagemaker = serviceCalls('sagemaker', '@aws-sdk/client-sagemaker', 'sagemaker', {
  availability: { ssm: 'sagemaker', title: 'SageMaker' },
});

export const LIST_NOTEBOOK_INSTANCES =
  sagemaker.call<ListNotebookInstancesCommandOutput>('ListNotebookInstances');

/** Per notebook: the KMS key and internet access are not in the listing. */
export const DESCRIBE_NOTEBOOK_INSTANCE = sagemaker.call<DescribeNotebookInstanceCommandOutput, string>(
  'DescribeNotebookInstance',
  { params: (NotebookInstanceName) => ({ NotebookInstanceName }), after: [LIST_NOTEBOOK_INSTANCES] },
);

export const LIST_ENDPOINT_CONFIGS = sagemaker.call<ListEndpointConfigsCommandOutput>('ListEndpointConfigs');

/** Per endpoint configuration: the KMS key is not in the listing. */
export const DESCRIBE_ENDPOINT_CONFIG = sagemaker.call<DescribeEndpointConfigCommandOutput, string>(
  'DescribeEndpointConfig',
  { params: (EndpointConfigName) => ({ EndpointConfigName }), after: [LIST_ENDPOINT_CONFIGS] },
);
