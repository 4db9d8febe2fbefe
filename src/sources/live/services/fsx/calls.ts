import type { DescribeFileSystemsCommandOutput } from '@aws-sdk/client-fsx';
import { serviceCalls } from '../../service.js';

const fsx = serviceCalls('fsx', '@aws-sdk/client-fsx', 'fsx');

export const DESCRIBE_FILE_SYSTEMS = fsx.call<DescribeFileSystemsCommandOutput>('DescribeFileSystems');
