import type {
  BatchGetResourceConfigCommandOutput,
  SelectResourceConfigCommandOutput,
  DescribeConfigurationRecordersCommandOutput,
  DescribeConfigurationRecorderStatusCommandOutput,
} from '@aws-sdk/client-config-service';
import { serviceCalls } from '../../service.js';

const config = serviceCalls('config', '@aws-sdk/client-config-service', 'config');

export const DESCRIBE_CONFIGURATION_RECORDERS = config.call<DescribeConfigurationRecordersCommandOutput>(
  'DescribeConfigurationRecorders',
);

export const DESCRIBE_CONFIGURATION_RECORDER_STATUS =
  config.call<DescribeConfigurationRecorderStatusCommandOutput>('DescribeConfigurationRecorderStatus');

/** `--source config`: which resources of the adapted types Config holds in a region (src/sources/config/). */
export const SELECT_RESOURCE_CONFIG = config.call<SelectResourceConfigCommandOutput, string>(
  'SelectResourceConfig',
  { params: (Expression) => ({ Expression }) },
);

/** `--source config`: their configuration items, 100 keys a request; `batch` numbers the requests. */
export const BATCH_GET_RESOURCE_CONFIG = config.call<BatchGetResourceConfigCommandOutput, number>(
  'BatchGetResourceConfig',
  { params: (batch) => ({ batch }), after: [SELECT_RESOURCE_CONFIG] },
);
