import {
  DescribeEndpointConfigCommand,
  DescribeNotebookInstanceCommand,
  paginateListEndpointConfigs,
  paginateListNotebookInstances,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import {
  DESCRIBE_ENDPOINT_CONFIG,
  DESCRIBE_NOTEBOOK_INSTANCE,
  LIST_ENDPOINT_CONFIGS,
  LIST_NOTEBOOK_INSTANCES,
} from './calls.js';

/** The API's largest page. */
const PAGE = 100;

export async function fetchSageMaker({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(SageMakerClient, region);
  const notebooks = async () => {
    const listed = await sendPages(rec, LIST_NOTEBOOK_INSTANCES, region, undefined, () =>
      paginateListNotebookInstances({ client, pageSize: PAGE }, {}),
    );
    const names = listed.pages
      .flatMap((page) => page.NotebookInstances ?? [])
      .map((notebook) => notebook.NotebookInstanceName)
      .filter(present);
    await Promise.all(
      names.map((NotebookInstanceName) =>
        send(rec, DESCRIBE_NOTEBOOK_INSTANCE, region, NotebookInstanceName, () =>
          client.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName })),
        ),
      ),
    );
  };
  const endpointConfigs = async () => {
    const listed = await sendPages(rec, LIST_ENDPOINT_CONFIGS, region, undefined, () =>
      paginateListEndpointConfigs({ client, pageSize: PAGE }, {}),
    );
    const names = listed.pages
      .flatMap((page) => page.EndpointConfigs ?? [])
      .map((config) => config.EndpointConfigName)
      .filter(present);
    await Promise.all(
      names.map((EndpointConfigName) =>
        send(rec, DESCRIBE_ENDPOINT_CONFIG, region, EndpointConfigName, () =>
          client.send(new DescribeEndpointConfigCommand({ EndpointConfigName })),
        ),
      ),
    );
  };
  await Promise.all([notebooks(), endpointConfigs()]);
}
