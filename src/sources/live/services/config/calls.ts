import type {
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
