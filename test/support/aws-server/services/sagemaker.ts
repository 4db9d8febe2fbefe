import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';

function missing(what: string): AwsError {
  return new AwsError('ValidationException', `Could not find ${what}.`, 400);
}

export const sagemaker: ServiceDefinition = {
  signingName: 'sagemaker',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-sagemaker'),
  operations: {
    ListNotebookInstances: (ctx) => {
      const all = regionOf(ctx).sagemaker?.notebookInstances ?? [];
      const page = paginate(all, ctx.body.NextToken, ctx.pageSize(ctx.body.MaxResults), ctx.action);
      return {
        NotebookInstances: page.items.map((notebook) => ({
          NotebookInstanceName: notebook.NotebookInstanceName,
          NotebookInstanceArn: notebook.NotebookInstanceArn,
          NotebookInstanceStatus: notebook.NotebookInstanceStatus,
        })),
        NextToken: page.next,
      };
    },
    DescribeNotebookInstance: (ctx) => {
      const name = required(stringField(ctx.body, 'NotebookInstanceName'), 'NotebookInstanceName');
      const notebook = (regionOf(ctx).sagemaker?.notebookInstances ?? []).find(
        (candidate) => candidate.NotebookInstanceName === name,
      );
      if (!notebook) throw missing(`notebook instance ${name}`);
      return notebook;
    },
    ListEndpointConfigs: (ctx) => {
      const all = regionOf(ctx).sagemaker?.endpointConfigs ?? [];
      const page = paginate(all, ctx.body.NextToken, ctx.pageSize(ctx.body.MaxResults), ctx.action);
      return {
        EndpointConfigs: page.items.map((config) => ({
          EndpointConfigName: config.EndpointConfigName,
          EndpointConfigArn: config.EndpointConfigArn,
          CreationTime: config.CreationTime,
        })),
        NextToken: page.next,
      };
    },
    DescribeEndpointConfig: (ctx) => {
      const name = required(stringField(ctx.body, 'EndpointConfigName'), 'EndpointConfigName');
      const config = (regionOf(ctx).sagemaker?.endpointConfigs ?? []).find(
        (candidate) => candidate.EndpointConfigName === name,
      );
      if (!config) throw missing(`endpoint configuration ${name}`);
      return config;
    },
  },
};
