import { unknown } from '../../../../inventory/maybe.js';
import { directInternet } from '../../../../inventory/facts/analytics.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import type { Output } from '../../normalize/raw.js';
import {
  DESCRIBE_ENDPOINT_CONFIG,
  DESCRIBE_NOTEBOOK_INSTANCE,
  LIST_ENDPOINT_CONFIGS,
  LIST_NOTEBOOK_INSTANCES,
} from './calls.js';

export function normalizeSageMaker(out: Output): void {
  const base = { region: out.region, origin: out.origin };
  const notebooks = out
    .list(LIST_NOTEBOOK_INSTANCES, ['sagemaker-notebook-instance'])
    .flatMap((page) => page.NotebookInstances ?? []);
  for (const summary of notebooks) {
    const name = summary.NotebookInstanceName;
    if (!name) continue;
    const arn =
      summary.NotebookInstanceArn ??
      `arn:${out.partition}:sagemaker:${out.region}:${out.account}:notebook-instance/${name.toLowerCase()}`;
    const described = out.one(DESCRIBE_NOTEBOOK_INSTANCE, name);
    const notebook = described.value;
    const missing =
      described.unknown ??
      unknown(`SageMaker notebook instance ${name}: DescribeNotebookInstance found no instance`);
    const place = describePlace(`SageMaker notebook instance ${name}`);
    out.add({
      type: 'sagemaker-notebook-instance',
      ...base,
      id: arn,
      arn,
      name,
      // Described without KmsKeyId: none was given at creation.
      kmsKeyId: notebook ? notebook.KmsKeyId : missing,
      directInternetAccess: notebook
        ? directInternet(setting(notebook.DirectInternetAccess, place, 'DirectInternetAccess'))
        : missing,
    });
  }

  const configs = out
    .list(LIST_ENDPOINT_CONFIGS, ['sagemaker-endpoint-config'])
    .flatMap((page) => page.EndpointConfigs ?? []);
  for (const summary of configs) {
    const name = summary.EndpointConfigName;
    if (!name) continue;
    const arn =
      summary.EndpointConfigArn ??
      `arn:${out.partition}:sagemaker:${out.region}:${out.account}:endpoint-config/${name.toLowerCase()}`;
    const described = out.one(DESCRIBE_ENDPOINT_CONFIG, name);
    out.add({
      type: 'sagemaker-endpoint-config',
      ...base,
      id: arn,
      arn,
      name,
      kmsKeyId: described.value
        ? described.value.KmsKeyId
        : (described.unknown ??
          unknown(`SageMaker endpoint configuration ${name}: DescribeEndpointConfig found none`)),
    });
  }
}
